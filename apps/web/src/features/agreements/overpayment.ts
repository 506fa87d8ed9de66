import {
  FinanceError,
  partialSettlement,
  type Minor,
  type PartialSettlement,
  type ScheduleTerms,
} from '@marque/domain';
import type { AgreementDetail, CreditFigures, ScheduleLine } from './agreement-api-types.js';

/** Both ways an overpayment can be used, or why this amount cannot be an overpayment. */
export type OverpaymentChoices =
  | { ok: true; reduceTerm: PartialSettlement; reducePayment: PartialSettlement }
  | { ok: false; reason: 'amount_out_of_range' | 'no_payments_left' };

/** The schedule terms an HP or PCP agreement was built on, read off the agreement page's figures. */
export function scheduleTermsFrom(detail: AgreementDetail, figures: CreditFigures): ScheduleTerms {
  return {
    amountOfCredit: figures.amountOfCredit,
    annualRatePercent: figures.annualRatePercent,
    termMonths: detail.termMonths,
    firstPaymentDate: detail.firstPaymentDate,
    optionalFinalPayment: figures.optionalFinalPayment ?? 0,
    optionToPurchaseFee: figures.optionToPurchaseFee,
    deposit: figures.deposit,
  };
}

/** Monthly instalments paid in full from the first onwards: where the recalculated schedule starts. */
export function paidMonthlyInstallments(lines: readonly ScheduleLine[]): number {
  const monthly = lines
    .filter((line) => line.kind === 'monthly')
    .sort((a, b) => a.number - b.number);
  const firstUnpaid = monthly.findIndex((line) => line.status !== 'paid');
  return firstUnpaid === -1 ? monthly.length : firstUnpaid;
}

/**
 * Consumer Credit Act s.94(2) partial early repayment, both ways at once (the domain's
 * partialSettlement): the same payment for fewer months, or the same months at a lower payment.
 */
export function overpaymentChoices(
  terms: ScheduleTerms,
  paidInstallments: number,
  amount: Minor,
): OverpaymentChoices {
  if (paidInstallments >= terms.termMonths) return { ok: false, reason: 'no_payments_left' };
  try {
    const request = { terms, paidInstallments, amount };
    return {
      ok: true,
      reduceTerm: partialSettlement({ ...request, mode: 'reduce_term' }),
      reducePayment: partialSettlement({ ...request, mode: 'reduce_payment' }),
    };
  } catch (error) {
    if (error instanceof FinanceError && error.code === 'invalid_overpayment') {
      return { ok: false, reason: 'amount_out_of_range' };
    }
    throw error;
  }
}
