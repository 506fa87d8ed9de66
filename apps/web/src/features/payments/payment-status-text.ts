import type { PaymentStatus, PaymentView } from './payment-api-types.js';

const STATUS_TEXT: Readonly<Record<PaymentStatus, string>> = {
  pending: 'Processing',
  requires_action: 'Waiting for your bank',
  paid: 'Paid',
  failed: 'Not taken',
  refunded: 'Refunded',
};

/** A payment's status in the customer's words (the history and the receipt use the same). */
export function paymentStatusText(status: PaymentStatus): string {
  return STATUS_TEXT[status];
}

const FAILURE_TEXT: Readonly<Record<string, string>> = {
  card_declined: 'Your bank declined the payment. Try another card or contact your bank.',
  authentication_failed: 'Your bank could not confirm it was you, so nothing was taken.',
  insufficient_funds: 'Your bank declined the payment: there was not enough money in the account.',
  not_charged: 'The payment could not be completed, so nothing was taken. Please try again.',
};

/** Why a payment was not taken, so the customer knows what to do next; unknown codes stay readable. */
export function failureText(reason: string | null | undefined): string {
  if (reason === null || reason === undefined) return 'The payment was not taken.';
  return FAILURE_TEXT[reason] ?? `The payment was not taken (${reason.replaceAll('_', ' ')}).`;
}

const METHOD_TEXT: Readonly<Record<PaymentView['method'], string>> = {
  card: 'Card',
  bank_transfer: 'Bank transfer',
  direct_debit: 'Direct Debit',
};

/** How a payment was made, as the history lists it. */
export function paymentMethodText(method: PaymentView['method']): string {
  return METHOD_TEXT[method];
}

/** Payments still being decided by the provider: their pages keep asking until they settle. */
export function isUnsettled(status: PaymentStatus): boolean {
  return status === 'pending' || status === 'requires_action';
}
