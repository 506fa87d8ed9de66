import {
  addMonths,
  assertIsoDate,
  compareDates,
  dateParts,
  daysBetween,
  type IsoDate,
} from '../calendar/iso-date.js';
import type { Minor } from '../money/minor.js';
import type { Agreement, CreditAgreement } from './agreement.js';
import { assertNonNegativeMinor, FinanceError } from './finance-error.js';
import { buildSchedule, scheduleTermsOf } from './schedule.js';

/** The excess-mileage estimate behind handing a PCP car back or returning a lease car. */
export interface ExcessMileage {
  /** Miles allowed over the whole contract: the annual allowance × contract months / 12, a part mile rounded up. */
  mileageAllowance: number;
  excessMileage: number;
  /** excessMileage × the agreement's rate per mile. */
  excessMileageCharge: Minor;
}

export type EndOfTermOption =
  | { option: 'pay_final_payment'; amount: Minor; dueDate: IsoDate }
  | ({ option: 'hand_back' } & ExcessMileage)
  | { option: 'part_exchange'; optionalFinalPayment: Minor }
  | ({ option: 'return' } & ExcessMileage)
  | { option: 'ownership'; transfersOn: IsoDate; optionToPurchaseFee: Minor };

export interface EndOfTerm {
  /** HP: the last payment date; PCP: the optional final payment's due date; lease: the end of the hire. */
  endDate: IsoDate;
  /** Calendar days from asOf to endDate; 0 once the end has passed. */
  daysUntilEnd: number;
  options: EndOfTermOption[];
}

export interface EndOfTermEstimate {
  asOf: IsoDate;
  /** Total miles the customer expects the car to have covered under the agreement by its end. */
  estimatedMileage: number;
}

/** Thrown for a mileage that is not a whole, non-negative number of miles. */
export class MileageError extends Error {
  override readonly name = 'MileageError';
}

/**
 * The choices at the end of the agreement: PCP (pay the optional final payment, hand back, part-exchange),
 * lease (return) or HP (ownership passes with the last payment), with excess mileage priced from the estimate.
 */
export function endOfTermOptions(agreement: Agreement, estimate: EndOfTermEstimate): EndOfTerm {
  const asOf = assertIsoDate(estimate.asOf, 'asOf');
  const estimatedMileage = assertMiles(estimate.estimatedMileage, 'estimated mileage');
  const endDate =
    agreement.type === 'LEASE'
      ? addMonths(agreement.startDate, agreement.termMonths)
      : finalDueDate(agreement);
  const daysUntilEnd = Math.max(0, daysBetween(asOf, endDate));
  switch (agreement.type) {
    case 'HP':
      return {
        endDate,
        daysUntilEnd,
        options: [
          {
            option: 'ownership',
            transfersOn: endDate,
            optionToPurchaseFee: agreement.optionToPurchaseFee,
          },
        ],
      };
    case 'PCP': {
      const mileage = excessMileage(agreement, endDate, estimatedMileage);
      return {
        endDate,
        daysUntilEnd,
        options: [
          {
            option: 'pay_final_payment',
            amount: agreement.optionalFinalPayment + agreement.optionToPurchaseFee,
            dueDate: endDate,
          },
          { option: 'hand_back', ...mileage },
          { option: 'part_exchange', optionalFinalPayment: agreement.optionalFinalPayment },
        ],
      };
    }
    case 'LEASE':
      return {
        endDate,
        daysUntilEnd,
        options: [{ option: 'return', ...excessMileage(agreement, endDate, estimatedMileage) }],
      };
  }
}

/** The due date of the schedule's last instalment: the optional final payment for PCP. */
function finalDueDate(agreement: CreditAgreement): IsoDate {
  const last = buildSchedule(scheduleTermsOf(agreement)).installments.at(-1);
  if (!last) throw new FinanceError('invalid_terms', 'a schedule with no instalments has no end');
  return last.dueDate;
}

function excessMileage(
  agreement: Extract<Agreement, { annualMileageAllowance: number }>,
  endDate: IsoDate,
  estimatedMileage: number,
): ExcessMileage {
  const annualAllowance = assertMiles(agreement.annualMileageAllowance, 'annual mileage allowance');
  const rate = assertNonNegativeMinor(agreement.excessMileageRate, 'excess mileage rate');
  const months = contractMonths(agreement.startDate, endDate);
  const mileageAllowance = Math.ceil((annualAllowance * months) / 12);
  const excess = Math.max(0, estimatedMileage - mileageAllowance);
  return { mileageAllowance, excessMileage: excess, excessMileageCharge: excess * rate };
}

/** Months from the start to the end of the contract, a part month counting as a whole one. */
function contractMonths(startDate: IsoDate, endDate: IsoDate): number {
  const start = dateParts(startDate);
  const end = dateParts(endDate);
  const calendarMonths = (end.year - start.year) * 12 + end.month - start.month;
  return compareDates(addMonths(startDate, calendarMonths), endDate) >= 0
    ? calendarMonths
    : calendarMonths + 1;
}

function assertMiles(miles: number, label: string): number {
  if (!Number.isSafeInteger(miles) || miles < 0) {
    throw new MileageError(`${label} must be a whole number of miles ≥ 0, got ${String(miles)}`);
  }
  return miles;
}
