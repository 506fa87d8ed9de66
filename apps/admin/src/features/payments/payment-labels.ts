import type { StaffRouterOutputs } from '@marque/api';

type Payment = StaffRouterOutputs['payments']['search']['payments'][number];

export const METHOD_LABELS: Readonly<Record<Payment['method'], string>> = {
  card: 'Card',
  bank_transfer: 'Bank transfer',
  direct_debit: 'Direct Debit',
};

export const STATUS_LABELS: Readonly<Record<Payment['status'], string>> = {
  pending: 'Pending',
  requires_action: 'Awaiting the customer',
  paid: 'Paid',
  failed: 'Failed',
  refunded: 'Refunded',
};

/** The status badge's colour: paid is good news, failed and refunded need a look. */
export const STATUS_TONES: Readonly<Record<Payment['status'], string>> = {
  pending: 'invited',
  requires_action: 'invited',
  paid: 'active',
  failed: 'disabled',
  refunded: 'disabled',
};
