import type { TransactionCaseReason, TransactionCaseStatus } from '@marque/schemas';

/** What the customer reported, as staff's lists name it. */
export const REASON_LABELS: Readonly<Record<TransactionCaseReason, string>> = {
  not_recognised: 'Not recognised',
  wrong_amount: 'Wrong amount',
  paid_not_shown: 'Paid but not shown',
  direct_debit_error: 'Direct Debit taken in error',
};

export const CASE_STATUS_LABELS: Readonly<Record<TransactionCaseStatus, string>> = {
  open: 'Open',
  investigating: 'Investigating',
  resolved: 'Resolved',
  rejected: 'Rejected',
};
