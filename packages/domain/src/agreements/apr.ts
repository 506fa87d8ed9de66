import { addMonths, daysBetween, dateParts, type IsoDate } from '../calendar/iso-date.js';
import { assertMinor, roundHalfUp, type Minor } from '../money/minor.js';
import type { CreditAgreement } from './agreement.js';
import { FinanceError } from './finance-error.js';
import { buildSchedule, scheduleTermsOf, type Schedule } from './schedule.js';

/** One cash flow of the APR equation. */
export interface AprFlow {
  /** Years from the first advance. */
  t: number;
  /** Advances positive, repayments (and charges) negative. */
  amount: Minor;
}

export interface Apr {
  /** The solved rate in percent, unrounded. */
  exact: number;
  /** The rate to disclose: one decimal place, half up. */
  rounded: number;
}

/** Beyond a million percent no consumer credit agreement lies; the search for a root stops there. */
const HIGHEST_RATE = 10_000;
/** Below this, (1 + X)^−t overflows for long terms; a rate of −99.9999 % is no agreement either. */
const LOWEST_RATE = -1 + 1e-6;
/** In tenths of a percent (so 1e-7 %): far above the solver's error, far below what pennies can move. */
const ROUNDING_NUDGE = 1e-6;

/** CONC App 1 (Total Charge for Credit): the X, in percent, for which Σ amount·(1 + X)^−t = 0. */
export function solveApr(flows: readonly AprFlow[]): Apr {
  for (const flow of flows) {
    assertMinor(flow.amount, 'cash flow amount');
    if (!Number.isFinite(flow.t) || flow.t < 0) {
      throw new FinanceError(
        'invalid_cash_flows',
        `cash flow time must be ≥ 0 years, got ${flow.t}`,
      );
    }
  }
  if (!flows.some((flow) => flow.amount > 0) || !flows.some((flow) => flow.amount < 0)) {
    throw new FinanceError(
      'no_apr_solution',
      'an APR needs at least one advance (positive) and one repayment (negative)',
    );
  }
  const exact = 100 * findRoot(flows);
  return { exact, rounded: roundAprPercent(exact) };
}

/** CONC App 1: the APR is shown to one decimal place, half up; a tiny nudge absorbs binary error so 13.85 gives 13.9. */
export function roundAprPercent(percent: number): number {
  const tenths = percent * 10;
  return roundHalfUp(tenths + Math.sign(tenths) * ROUNDING_NUDGE) / 10;
}

/** The APR of an HP or PCP agreement, from its schedule (fees included) by CONC App 1. */
export function aprOf(agreement: CreditAgreement): Apr {
  return solveApr(aprFlowsOf(agreement));
}

/**
 * CONC App 1 cash flows: the credit advanced on the start date, then every instalment, in years from the
 * advance. Monthly intervals count as whole twelfths of a year; when the first payment is not a whole
 * number of months after the start, that first period counts in days/365 and the rest in twelfths.
 */
export function aprFlowsOf(
  agreement: CreditAgreement,
  schedule: Schedule = buildSchedule(scheduleTermsOf(agreement)),
): AprFlow[] {
  const firstPeriod = yearsBetween(agreement.startDate, agreement.firstPaymentDate);
  return [
    { t: 0, amount: agreement.amountOfCredit },
    ...schedule.installments.map((installment) => ({
      t: firstPeriod + (installment.number - 1) / 12,
      amount: -installment.amount,
    })),
  ];
}

function yearsBetween(from: IsoDate, to: IsoDate): number {
  const start = dateParts(from);
  const end = dateParts(to);
  const months = (end.year - start.year) * 12 + end.month - start.month;
  return addMonths(from, months) === to ? months / 12 : daysBetween(from, to) / 365;
}

/** Net present value of the flows at rate x, and its derivative in x. */
function presentValue(flows: readonly AprFlow[], x: number): { value: number; slope: number } {
  const logGrowth = Math.log1p(x);
  let value = 0;
  let slope = 0;
  for (const { t, amount } of flows) {
    const discounted = amount * Math.exp(-t * logGrowth);
    value += discounted;
    slope -= (t * discounted) / (1 + x);
  }
  return { value, slope };
}

/** Newton's method kept inside a bracket that always holds a sign change, bisecting whenever Newton strays. */
function findRoot(flows: readonly AprFlow[]): number {
  let [low, high] = bracket(flows);
  const lowSign = Math.sign(presentValue(flows, low).value);
  let x = (low + high) / 2;
  for (let step = 0; step < 200; step += 1) {
    const { value, slope } = presentValue(flows, x);
    if (value === 0) return x;
    if (Math.sign(value) === lowSign) low = x;
    else high = x;
    const newton = x - value / slope;
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}

/** Walks out from 0 % (up, then down) to the first interval whose ends differ in sign. */
function bracket(flows: readonly AprFlow[]): [number, number] {
  const signAtZero = Math.sign(presentValue(flows, 0).value);
  if (signAtZero === 0) return [0, 0];
  for (let previous = 0, x = 0.01; previous < HIGHEST_RATE; previous = x, x *= 2) {
    if (Math.sign(presentValue(flows, x).value) !== signAtZero) return [previous, x];
  }
  for (let previous = 0, x = -0.5; previous > LOWEST_RATE; previous = x, x = (x - 1) / 2) {
    const { value } = presentValue(flows, x);
    if (!Number.isFinite(value)) break;
    if (Math.sign(value) !== signAtZero) return [x, previous];
  }
  throw new FinanceError(
    'no_apr_solution',
    'no rate between −99.9999 % and 1,000,000 % makes the advances equal the repayments',
  );
}
