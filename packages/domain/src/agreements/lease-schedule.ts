import { addMonths, assertIsoDate } from '../calendar/iso-date.js';
import { sumMinor, type Minor } from '../money/minor.js';
import { initialRental, type LeaseAgreement } from './agreement.js';
import { assertNonNegativeMinor, FinanceError } from './finance-error.js';
import type { Installment } from './schedule.js';

/** A rental in the schedule's instalment shape (no interest; the rental is all principal), so ledgers treat leases like loans. */
export interface LeaseInstallment extends Omit<Installment, 'kind'> {
  kind: 'initial_rental' | 'monthly';
}

export interface LeaseSchedule {
  installments: LeaseInstallment[];
  /** Every rental, the initial one included. */
  totalRentals: Minor;
}

/**
 * The rentals of a contract hire agreement paid in advance: the initial rental on the start date, then
 * termMonths − 1 monthly rentals from the first payment date (the "3 + 35" profile of a 36-month lease).
 */
export function leaseSchedule(lease: LeaseAgreement): LeaseSchedule {
  const monthlyRental = assertNonNegativeMinor(lease.monthlyRental, 'monthly rental');
  assertWholeMonths(lease.termMonths, 'term');
  assertWholeMonths(lease.initialRentalMonths, 'initial rental');
  assertIsoDate(lease.startDate, 'start date');
  assertIsoDate(lease.firstPaymentDate, 'first payment date');
  const rentals = [
    { dueDate: lease.startDate, amount: initialRental(lease), kind: 'initial_rental' as const },
    ...Array.from({ length: lease.termMonths - 1 }, (_, month) => ({
      dueDate: addMonths(lease.firstPaymentDate, month),
      amount: monthlyRental,
      kind: 'monthly' as const,
    })),
  ];
  const totalRentals = sumMinor(rentals.map((rental) => rental.amount));
  let balance = totalRentals;
  const installments = rentals.map((rental, index): LeaseInstallment => {
    balance -= rental.amount;
    return {
      number: index + 1,
      dueDate: rental.dueDate,
      amount: rental.amount,
      interest: 0,
      principal: rental.amount,
      fee: 0,
      balanceAfter: balance,
      kind: rental.kind,
    };
  });
  return { installments, totalRentals };
}

function assertWholeMonths(months: number, label: string): void {
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new FinanceError(
      'invalid_terms',
      `${label} must be a whole number of months ≥ 1, got ${months}`,
    );
  }
}
