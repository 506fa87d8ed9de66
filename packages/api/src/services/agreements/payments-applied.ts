import { allocatePayment, type IsoDate, type Minor, type PayableInstallment } from '@marque/domain';
import { feesAsInstallments, paidToDate, type LedgerAmount } from './ledger-totals.js';

/** The agreed schedule and ledger fees, with what the payments received so far have met. */
export interface PaymentsApplied {
  /** Schedule instalments then ledger fees: everything the customer is asked to pay. */
  payables: PayableInstallment[];
  /** Net amount received by `asOf`. */
  paid: Minor;
  /** How much of each payable (by number) has been met. */
  paidTowards: ReadonlyMap<number, Minor>;
  /** Received beyond everything payable: held as credit. */
  overpayment: Minor;
}

/** Applies every payment received by `asOf` to the schedule and fees, oldest due first (the domain's allocatePayment). */
export function applyPayments(
  schedule: readonly PayableInstallment[],
  ledger: readonly LedgerAmount[],
  asOf: IsoDate,
): PaymentsApplied {
  const lastNumber = Math.max(0, ...schedule.map((installment) => installment.number));
  const payables = [...schedule, ...feesAsInstallments(ledger, lastNumber + 1)];
  const paid = Math.max(0, paidToDate(ledger, asOf));
  const { allocations, overpayment } = allocatePayment(payables, 0, paid);
  const paidTowards = new Map(allocations.map((a) => [a.installmentNumber, a.total]));
  return { payables, paid, paidTowards, overpayment };
}
