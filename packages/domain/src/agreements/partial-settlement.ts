import { assertMinor, sumMinor, type Minor } from '../money/minor.js';
import { FinanceError } from './finance-error.js';
import { monthlyPayment } from './monthly-payment.js';
import {
  buildSchedule,
  installmentsFrom,
  summariseSchedule,
  type Schedule,
  type ScheduleTerms,
} from './schedule.js';

/** What the customer wants from an overpayment: fewer payments, or smaller ones. */
export type PartialSettlementMode = 'reduce_term' | 'reduce_payment';

export interface PartialSettlementRequest {
  terms: ScheduleTerms;
  /**
   * Monthly instalments already paid. The overpayment comes off the balance left after the last of them,
   * so the next instalment's interest is on the reduced balance; to apply it as at the next due date
   * instead, count that instalment as paid too.
   */
  paidInstallments: number;
  amount: Minor;
  mode: PartialSettlementMode;
}

export interface PartialSettlement {
  /** Principal owed after the paid instalments (for PCP, the optional final payment included). */
  balanceBefore: Minor;
  /** The same, less the overpayment. */
  balanceAfter: Minor;
  /**
   * The instalments after the paid ones, recomputed on the reduced balance: numbers and due dates carry
   * on from the original schedule, the optional final payment stays and still falls one month after the
   * last monthly instalment. Its totals are what remains to pay.
   */
  remaining: Schedule;
  /** Interest the original schedule still had to charge, less what `remaining` charges. */
  interestSaved: Minor;
}

/**
 * Consumer Credit Act s.94(2) partial early repayment: the overpayment reduces the principal, then the
 * remaining instalments are recomputed — the same payment over fewer months (reduce_term) or the same
 * months at the annuity payment on the new balance (reduce_payment). The balloon is untouched, and the
 * customer never pays more interest than before the overpayment.
 */
export function partialSettlement(request: PartialSettlementRequest): PartialSettlement {
  const { terms, paidInstallments, amount, mode } = request;
  const original = buildSchedule(terms);
  if (
    !Number.isSafeInteger(paidInstallments) ||
    paidInstallments < 0 ||
    paidInstallments >= terms.termMonths
  ) {
    throw new FinanceError(
      'invalid_overpayment',
      `paid instalments must be a whole number from 0 to ${terms.termMonths - 1}, got ${paidInstallments}`,
    );
  }
  const balloon = terms.optionalFinalPayment ?? 0;
  const balanceBefore =
    original.installments[paidInstallments - 1]?.balanceAfter ?? terms.amountOfCredit;
  // Paying off everything above the balloon is a settlement (or, for PCP, the balloon paid early),
  // not an overpayment.
  if (assertMinor(amount, 'overpayment') <= 0 || amount >= balanceBefore - balloon) {
    throw new FinanceError(
      'invalid_overpayment',
      `an overpayment must be more than 0 and less than ${balanceBefore - balloon}, got ${amount}`,
    );
  }
  const balanceAfter = balanceBefore - amount;
  const monthsLeft = terms.termMonths - paidInstallments;
  const interestStillDue = sumMinor(
    original.installments.slice(paidInstallments).map((installment) => installment.interest),
  );
  const repay = (payment: Minor, count: number): Schedule =>
    summariseSchedule(
      installmentsFrom(terms, { after: paidInstallments, balance: balanceAfter, payment, count }),
      payment,
      0,
    );
  const unchangedPayment = original.monthlyPayment;
  let remaining: Schedule;
  if (mode === 'reduce_term') {
    remaining = repay(
      unchangedPayment,
      monthsToRepay(terms, balanceAfter, unchangedPayment, monthsLeft),
    );
  } else {
    const lowered = repay(
      monthlyPayment(balanceAfter, terms.annualRatePercent, monthsLeft, balloon),
      monthsLeft,
    );
    // A payment rounded to the penny can cost more interest than a small overpayment saves (or not
    // fall at all); then the payment stays and the overpayment shortens the last instalment instead.
    const lowers =
      lowered.monthlyPayment < unchangedPayment && lowered.totalInterest <= interestStillDue;
    remaining = lowers ? lowered : repay(unchangedPayment, monthsLeft);
  }
  return {
    balanceBefore,
    balanceAfter,
    remaining,
    interestSaved: interestStillDue - remaining.totalInterest,
  };
}

/** The fewest months in which `payment` a month repays `balance` down to the balloon, at most `monthsLeft`. */
function monthsToRepay(
  terms: ScheduleTerms,
  balance: Minor,
  payment: Minor,
  monthsLeft: number,
): number {
  for (let months = 1; months < monthsLeft; months += 1) {
    const level = monthlyPayment(
      balance,
      terms.annualRatePercent,
      months,
      terms.optionalFinalPayment,
    );
    if (level <= payment) return months;
  }
  return monthsLeft;
}
