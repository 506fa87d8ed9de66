import { assertIsoDate, compareDates, type IsoDate } from '../calendar/iso-date.js';
import type { Minor } from '../money/minor.js';
import { assertNonNegativeMinor, FinanceError } from './finance-error.js';

/** What a payment can be allocated to: any schedule's instalment (HP, PCP or lease) has this shape. */
export interface PayableInstallment {
  number: number;
  dueDate: IsoDate;
  /** fee + interest + principal. */
  amount: Minor;
  interest: Minor;
  principal: Minor;
  fee?: Minor;
}

/** The part of a payment that went to one instalment, split as it was applied. */
export interface InstallmentAllocation {
  installmentNumber: number;
  fees: Minor;
  interest: Minor;
  principal: Minor;
  total: Minor;
}

export interface PaymentAllocation {
  /** Oldest instalment first; only instalments that received something. */
  allocations: InstallmentAllocation[];
  /** What is left once every scheduled instalment is paid: refunded or held as credit by the ledger. */
  overpayment: Minor;
}

export type InstallmentStatus = 'paid' | 'part_paid' | 'due' | 'overdue';

export interface Arrears {
  /** What was due before `asOf` and is still unpaid. */
  amount: Minor;
  /** Instalments past their due date and not fully paid (a part payment still counts as missed). */
  installmentsMissed: number;
  oldestUnpaidDueDate: IsoDate | null;
}

/**
 * Allocates `amount` to a schedule on which `paidBefore` has already been paid, oldest due first and,
 * within an instalment, fees, then interest, then principal (the usual appropriation of payments).
 */
export function allocatePayment(
  installments: readonly PayableInstallment[],
  paidBefore: Minor,
  amount: Minor,
): PaymentAllocation {
  // Allocation depends only on the running total, so the ledger need store nothing but payments:
  // a reversal or refund is just a smaller total, and paying in two parts equals paying the sum.
  let unconsumedBefore = assertNonNegativeMinor(paidBefore, 'paidBefore');
  let remaining = assertNonNegativeMinor(amount, 'amount');
  const allocations: InstallmentAllocation[] = [];
  for (const installment of oldestFirst(installments)) {
    if (remaining === 0) break;
    const parts = partsOf(installment);
    const alreadyPaid = Math.min(unconsumedBefore, installment.amount);
    unconsumedBefore -= alreadyPaid;
    const paidNow = Math.min(remaining, installment.amount - alreadyPaid);
    remaining -= paidNow;
    if (paidNow > 0) {
      allocations.push(slice(installment.number, parts, alreadyPaid, alreadyPaid + paidNow));
    }
  }
  return { allocations, overpayment: remaining };
}

/** An instalment's state on `asOf`: overdue only once its due date has passed (the due date itself is not late). */
export function installmentStatus(
  installment: PayableInstallment,
  allocatedSoFar: Minor,
  asOf: IsoDate,
): InstallmentStatus {
  assertNonNegativeMinor(allocatedSoFar, 'allocatedSoFar');
  assertIsoDate(asOf, 'asOf');
  if (allocatedSoFar >= installment.amount) return 'paid';
  if (compareDates(asOf, installment.dueDate) > 0) return 'overdue';
  return allocatedSoFar > 0 ? 'part_paid' : 'due';
}

/** Arrears on `asOf` given everything paid by then: the unpaid part of every overdue instalment. */
export function arrearsOf(
  installments: readonly PayableInstallment[],
  totalPaid: Minor,
  asOf: IsoDate,
): Arrears {
  const paidTowards = new Map(
    allocatePayment(installments, 0, totalPaid).allocations.map((a) => [
      a.installmentNumber,
      a.total,
    ]),
  );
  const arrears: Arrears = { amount: 0, installmentsMissed: 0, oldestUnpaidDueDate: null };
  for (const installment of oldestFirst(installments)) {
    const paid = paidTowards.get(installment.number) ?? 0;
    if (installmentStatus(installment, paid, asOf) !== 'overdue') continue;
    arrears.amount += installment.amount - paid;
    arrears.installmentsMissed += 1;
    arrears.oldestUnpaidDueDate ??= installment.dueDate;
  }
  return arrears;
}

function oldestFirst(installments: readonly PayableInstallment[]): PayableInstallment[] {
  return [...installments].sort(
    (a, b) => compareDates(a.dueDate, b.dueDate) || a.number - b.number,
  );
}

interface Parts {
  fees: Minor;
  interest: Minor;
  principal: Minor;
}

function partsOf(installment: PayableInstallment): Parts {
  const label = `instalment ${installment.number}`;
  const fees = assertNonNegativeMinor(installment.fee ?? 0, `${label} fee`);
  const interest = assertNonNegativeMinor(installment.interest, `${label} interest`);
  const principal = assertNonNegativeMinor(installment.principal, `${label} principal`);
  if (fees + interest + principal !== installment.amount) {
    throw new FinanceError(
      'invalid_terms',
      `${label}: fee ${fees} + interest ${interest} + principal ${principal} ≠ amount ${installment.amount}`,
    );
  }
  return { fees, interest, principal };
}

/** The parts met by the instalment's minor units from `from` up to `to`, fees first, principal last. */
function slice(
  installmentNumber: number,
  parts: Parts,
  from: Minor,
  to: Minor,
): InstallmentAllocation {
  const overlap = (start: Minor, size: Minor): Minor =>
    Math.max(0, Math.min(to, start + size) - Math.max(from, start));
  return {
    installmentNumber,
    fees: overlap(0, parts.fees),
    interest: overlap(parts.fees, parts.interest),
    principal: overlap(parts.fees + parts.interest, parts.principal),
    total: to - from,
  };
}
