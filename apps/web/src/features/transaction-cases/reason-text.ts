import type { TransactionCaseReason, TransactionCaseStatus } from '@marque/schemas';

/** Each reason as the customer chooses it, with a line saying when it fits. */
/** `market` is the brand's: 'UK' (Direct Debit) or 'US' (ACH autopay). */
export function reasonChoices(
  market: string,
): readonly { reason: TransactionCaseReason; label: string; hint: string }[] {
  const collection = market === 'US' ? 'autopay payment' : 'Direct Debit';
  return [
    {
      reason: 'not_recognised',
      label: 'I do not recognise it',
      hint: 'You did not expect this payment or charge.',
    },
    {
      reason: 'wrong_amount',
      label: 'The amount is wrong',
      hint: 'It is for more or less than you expected.',
    },
    {
      reason: 'paid_not_shown',
      label: 'I paid but it is not shown',
      hint: 'You made a payment that has not reached your account.',
    },
    {
      reason: 'direct_debit_error',
      label: `A ${collection} was taken in error`,
      hint:
        market === 'US'
          ? 'We collected when we should not have, or the wrong amount.'
          : 'We collected when we should not have, or the wrong amount, or on the wrong date.',
    },
  ];
}

/** The reason as the case list shows it. */
export function reasonText(reason: TransactionCaseReason, market: string): string {
  return reasonChoices(market).find((choice) => choice.reason === reason)?.label ?? reason;
}

/** Where a reported problem stands, in the customer's words. */
export const CASE_STATUS_TEXT: Readonly<Record<TransactionCaseStatus, string>> = {
  open: 'Received',
  investigating: 'Being looked into',
  resolved: 'Resolved',
  rejected: 'Not upheld',
};
