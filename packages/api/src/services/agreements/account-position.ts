import {
  arrearsOf,
  compareDates,
  sumMinor,
  type Arrears,
  type IsoDate,
  type Minor,
  type PayableInstallment,
} from '@marque/domain';
import type { LedgerAmount } from './ledger-totals.js';
import { applyPayments } from './payments-applied.js';

export interface NextPayment {
  dueDate: IsoDate;
  /** What is still to pay on that instalment (less than scheduled when part paid). */
  amount: Minor;
}

/** Where an agreement's account stands on a day: the figures the dashboard shows. */
export interface AccountPosition {
  /** Everything still to pay, overdue or not (for PCP, the optional final payment included). */
  balanceOutstanding: Minor;
  /** Received beyond everything payable. */
  credit: Minor;
  arrears: Arrears;
  /** The next instalment due today or later that is not yet paid in full; null once none is left. */
  nextPayment: NextPayment | null;
  /** Paid so far against the total payable, for the progress chart. */
  progress: { paid: Minor; total: Minor };
}

/** The account's position on `today`: payments met oldest first, arrears by the domain's arrearsOf. */
export function accountPosition(
  schedule: readonly PayableInstallment[],
  ledger: readonly LedgerAmount[],
  today: IsoDate,
): AccountPosition {
  const { payables, paid, paidTowards, overpayment } = applyPayments(schedule, ledger, today);
  const total = sumMinor(payables.map((installment) => installment.amount));
  const met = paid - overpayment;
  const next = payables
    .filter((installment) => compareDates(installment.dueDate, today) >= 0)
    .map((installment) => ({
      dueDate: installment.dueDate,
      amount: installment.amount - (paidTowards.get(installment.number) ?? 0),
    }))
    .filter((remaining) => remaining.amount > 0)
    .sort((a, b) => compareDates(a.dueDate, b.dueDate))[0];
  return {
    balanceOutstanding: total - met,
    credit: overpayment,
    arrears: arrearsOf(payables, paid, today),
    nextPayment: next ?? null,
    progress: { paid: met, total },
  };
}
