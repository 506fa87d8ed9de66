import { roundHalfUp, type Minor } from '../money/minor.js';
import type { Agreement, CreditAgreement } from './agreement.js';
import { assertNonNegativeMinor } from './finance-error.js';
import { buildSchedule, scheduleTermsOf } from './schedule.js';

/** The figures behind the customer's right to end an HP or PCP agreement and hand the car back. */
export interface VoluntaryTerminationFigure {
  available: true;
  /** Deposit + every instalment + fees (for PCP the optional final payment too): the schedule's total. */
  totalAmountPayable: Minor;
  /** Half the total amount payable, an odd penny rounded up. */
  halfTotalAmountPayable: Minor;
  /** Everything paid so far, the deposit included. */
  paidToDate: Minor;
  /** Instalments fallen due and not paid: owed on termination whatever the half-way figure. */
  dueUnpaid: Minor;
  /** What the customer must still pay on handing back to reach half: max(0, half − paid − due and unpaid). */
  amountToReachHalf: Minor;
  /** True when handing back now costs nothing beyond the arrears already owed. */
  eligibleNow: boolean;
}

/** A lease is consumer hire: the customer never buys the car, so there is no s.99 right to terminate. */
export interface VoluntaryTerminationUnavailable {
  available: false;
  reason: 'consumer_hire';
}

export type VoluntaryTermination = VoluntaryTerminationFigure | VoluntaryTerminationUnavailable;

/** Consumer Credit Act 1974 s.99/s.100: hand back once half the total amount payable is paid, or pay up to half. */
export function voluntaryTermination(
  agreement: CreditAgreement,
  paidToDate: Minor,
  dueUnpaid: Minor,
): VoluntaryTerminationFigure;
export function voluntaryTermination(
  agreement: Agreement,
  paidToDate: Minor,
  dueUnpaid: Minor,
): VoluntaryTermination;
export function voluntaryTermination(
  agreement: Agreement,
  paidToDate: Minor,
  dueUnpaid: Minor,
): VoluntaryTermination {
  assertNonNegativeMinor(paidToDate, 'paid to date');
  assertNonNegativeMinor(dueUnpaid, 'due and unpaid');
  if (agreement.type === 'LEASE') return { available: false, reason: 'consumer_hire' };
  const { totalAmountPayable } = buildSchedule(scheduleTermsOf(agreement));
  const halfTotalAmountPayable = roundHalfUp(totalAmountPayable / 2);
  const amountToReachHalf = Math.max(0, halfTotalAmountPayable - paidToDate - dueUnpaid);
  return {
    available: true,
    totalAmountPayable,
    halfTotalAmountPayable,
    paidToDate,
    dueUnpaid,
    amountToReachHalf,
    eligibleNow: amountToReachHalf === 0,
  };
}
