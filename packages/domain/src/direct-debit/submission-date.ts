import { addWorkingDays, workingDayOnOrAfter } from '../calendar/working-days.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Market } from '../markets.js';

/**
 * Working days between submitting a collection and the money leaving the payer's account: Bacs runs
 * a three-day cycle (day 1 input, day 2 processing, day 3 entry), so input is two working days
 * before entry; an ACH debit is sent one banking day before its effective (settlement) date.
 */
export const SCHEME_LEAD_WORKING_DAYS: Readonly<Record<Market, number>> = { UK: 2, US: 1 };

/**
 * The day a collection must reach the scheme to be taken on `collectionDate`. A collection date
 * that is not a working day is first rolled forward to the next one, as the scheme itself would
 * take it then: so Good Friday 2026 in the UK collects on Tuesday 7 April, input Wednesday 1 April.
 */
export function schemeSubmissionDate(collectionDate: IsoDate, market: Market): IsoDate {
  const collectedOn = workingDayOnOrAfter(collectionDate, market);
  return addWorkingDays(collectedOn, -SCHEME_LEAD_WORKING_DAYS[market], market);
}

/** Bacs input day for a Direct Debit collected on `collectionDate`: day 1 of the three-day cycle. */
export function bacsInputDate(collectionDate: IsoDate): IsoDate {
  return schemeSubmissionDate(collectionDate, 'UK');
}

/** ACH submission day for a debit effective on `effectiveDate`: one Federal Reserve banking day before. */
export function achSubmissionDate(effectiveDate: IsoDate): IsoDate {
  return schemeSubmissionDate(effectiveDate, 'US');
}
