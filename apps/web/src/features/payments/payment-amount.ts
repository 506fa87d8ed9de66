import type { Minor } from '@marque/domain';
import { parseMoneyInput } from '@marque/schemas';

/** What the customer chose to pay: the next instalment, the arrears, or an amount they type. */
export type AmountChoice = 'next' | 'arrears' | 'other';

export interface PaymentPosition {
  nextPayment: { amount: Minor } | null;
  arrears: { amount: Minor };
}

/** The suggested amounts this account offers: arrears first (they matter most), then the next payment. */
export function amountChoices(
  position: PaymentPosition,
): { choice: AmountChoice; amount: Minor }[] {
  return [
    ...(position.arrears.amount > 0
      ? [{ choice: 'arrears' as const, amount: position.arrears.amount }]
      : []),
    ...(position.nextPayment !== null && position.nextPayment.amount > 0
      ? [{ choice: 'next' as const, amount: position.nextPayment.amount }]
      : []),
  ];
}

export type AmountAnswer = { ok: true; amount: Minor } | { ok: false; error: string };

/**
 * The amount to charge: a suggested one as offered, or a typed one that is positive and no more
 * than the settlement figure (more than that would overpay a closed account; the API checks too).
 */
export function chosenAmount(
  choice: AmountChoice,
  otherText: string,
  position: PaymentPosition,
  settlementFigure: Minor | null,
): AmountAnswer {
  const offered = amountChoices(position).find((option) => option.choice === choice);
  if (choice !== 'other') {
    return offered === undefined
      ? { ok: false, error: 'Choose how much to pay.' }
      : { ok: true, amount: offered.amount };
  }
  const amount = parseMoneyInput(otherText);
  if (amount === null || amount === 0) {
    return { ok: false, error: 'Enter an amount greater than zero, like 150.00.' };
  }
  if (settlementFigure !== null && amount > settlementFigure) {
    return {
      ok: false,
      error: 'Enter no more than the amount that settles your agreement.',
    };
  }
  return { ok: true, amount };
}
