import {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  daysBetween,
  type IsoDate,
} from '../calendar/iso-date.js';
import { roundHalfUp, sumMinor, type Minor } from '../money/minor.js';
import type { CreditAgreement } from './agreement.js';
import { aprFlowsOf, solveApr } from './apr.js';
import { assertNonNegativeMinor, FinanceError } from './finance-error.js';
import { buildSchedule, scheduleTermsOf, type Schedule } from './schedule.js';

/** Money that changed hands on a day: an advance of credit or a payment received. */
export interface DatedAmount {
  date: IsoDate;
  amount: Minor;
}

export interface ScheduledPayment {
  dueDate: IsoDate;
  amount: Minor;
}

export interface SettlementQuoteInput {
  /** The credit advanced (usually one advance, on the start date). */
  advances: readonly DatedAmount[];
  /** Every payment the agreement schedules, fees and any optional final payment included. */
  scheduled: readonly ScheduledPayment[];
  /** Every payment received; those after the settlement date play no part in a quote valid to it. */
  paid: readonly DatedAmount[];
  /** The APR as disclosed in the agreement, in percent. */
  aprPercent: number;
  requestDate: IsoDate;
  /** The lender's right to defer the settlement date by a month (reg. 6, agreements over a year); default no. */
  deferByOneMonth?: boolean;
}

export interface SettlementQuote {
  /** The day the quote is valid to: 28 days after the request, a month more when deferred. */
  settlementDate: IsoDate;
  /** What settles the agreement on the settlement date when nothing more is paid before it. */
  amount: Minor;
  /** What the customer saves against paying every outstanding payment in full. */
  rebate: Minor;
  /** Scheduled payments due on or before the request date still unpaid on it (included in `amount`). */
  arrears: Minor;
}

const SETTLEMENT_NOTICE_DAYS = 28;
const DAYS_IN_YEAR = 365;

/**
 * Consumer Credit (Early Settlement) Regulations 2004: the credit advanced, accumulated at the APR to the
 * settlement date, less every payment made by then accumulated the same way (time in days/365).
 *
 * The amount is what settles the agreement: unpaid instalments — arrears, or one falling due before the
 * settlement date — stay in it with interest at the APR. It never exceeds what is still to pay under the
 * schedule, so the rebate, measured against every unpaid payment, is never negative; once every payment
 * due by the settlement date has been made, that is the regulations' rebate against the repayments
 * falling due after it.
 */
export function settlementQuote(input: SettlementQuoteInput): SettlementQuote {
  const requestDate = assertIsoDate(input.requestDate, 'request date');
  const growth = 1 + annualRateOf(input.aprPercent);
  const advances = validFlows(input.advances, 'advance');
  const paid = validFlows(input.paid, 'payment');
  const scheduled = validFlows(
    input.scheduled.map(({ dueDate, amount }) => ({ date: dueDate, amount })),
    'scheduled payment',
  );
  const afterNotice = addDays(requestDate, SETTLEMENT_NOTICE_DAYS);
  const settlementDate = input.deferByOneMonth ? addMonths(afterNotice, 1) : afterNotice;
  const accumulated = (flows: readonly DatedAmount[]): number =>
    flows
      .filter((flow) => compareDates(flow.date, settlementDate) <= 0)
      .reduce(
        (total, flow) =>
          total + flow.amount * growth ** (daysBetween(flow.date, settlementDate) / DAYS_IN_YEAR),
        0,
      );
  const outstanding = Math.max(0, totalUpTo(scheduled) - totalUpTo(paid, settlementDate));
  const amount = Math.min(
    outstanding,
    Math.max(0, roundHalfUp(accumulated(advances) - accumulated(paid))),
  );
  return {
    settlementDate,
    amount,
    rebate: outstanding - amount,
    arrears: Math.max(0, totalUpTo(scheduled, requestDate) - totalUpTo(paid, requestDate)),
  };
}

/** Options the lender chooses when quoting. */
export interface SettlementQuoteOptions {
  /** Early Settlement Regulations reg. 6: allowed only when the agreement runs for more than a year. */
  deferByOneMonth?: boolean;
}

/**
 * The Early Settlement Regulations quote for an HP or PCP agreement: its schedule, its APR as disclosed
 * (rounded, as the regulations use it) and the payments received. For PCP the payments still to come
 * include the optional final payment, so settling early also settles — and earns a rebate on — the balloon.
 */
export function settlementQuoteFor(
  agreement: CreditAgreement,
  paid: readonly DatedAmount[],
  requestDate: IsoDate,
  options: SettlementQuoteOptions = {},
): SettlementQuote {
  const schedule = buildSchedule(scheduleTermsOf(agreement));
  const deferByOneMonth = options.deferByOneMonth ?? false;
  if (deferByOneMonth && !runsOverAYear(agreement, schedule)) {
    throw new FinanceError(
      'deferral_not_allowed',
      'the settlement date may be deferred only for agreements of more than a year',
    );
  }
  return settlementQuote({
    advances: [{ date: agreement.startDate, amount: agreement.amountOfCredit }],
    scheduled: schedule.installments.map(({ dueDate, amount }) => ({ dueDate, amount })),
    paid,
    aprPercent: solveApr(aprFlowsOf(agreement, schedule)).rounded,
    requestDate,
    deferByOneMonth,
  });
}

function annualRateOf(aprPercent: number): number {
  if (!Number.isFinite(aprPercent) || aprPercent < 0) {
    throw new FinanceError(
      'invalid_cash_flows',
      `APR must be a finite percentage ≥ 0, got ${aprPercent}`,
    );
  }
  return aprPercent / 100;
}

function validFlows(flows: readonly DatedAmount[], label: string): DatedAmount[] {
  return flows.map((flow) => ({
    date: assertIsoDate(flow.date, `${label} date`),
    amount: assertNonNegativeMinor(flow.amount, `${label} amount`, 'invalid_cash_flows'),
  }));
}

/** The sum of the amounts dated on or before `date` (all of them when no date is given). */
function totalUpTo(flows: readonly DatedAmount[], date?: IsoDate): Minor {
  return sumMinor(
    flows
      .filter((flow) => date === undefined || compareDates(flow.date, date) <= 0)
      .map((flow) => flow.amount),
  );
}

function runsOverAYear(agreement: CreditAgreement, schedule: Schedule): boolean {
  const lastDueDate = schedule.installments.at(-1)?.dueDate ?? agreement.firstPaymentDate;
  return compareDates(lastDueDate, addMonths(agreement.startDate, 12)) > 0;
}
