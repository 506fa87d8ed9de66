import type { IsoDate } from '../calendar/iso-date.js';
import { addWorkingDays, workingDayOnOrAfter } from '../calendar/working-days.js';
import type { Market } from '../markets.js';
import { SCHEME_LEAD_WORKING_DAYS } from './submission-date.js';

export class AdvanceNoticeError extends Error {
  override readonly name = 'AdvanceNoticeError';
}

export interface EarliestCollectionOptions {
  /** Working days of notice the payer gets before a new or changed collection (Bacs default 10). */
  advanceNoticeWorkingDays?: number;
  market: Market;
}

/**
 * The first date a new or changed collection may be taken when the payer is told `today`: at least
 * the advance notice in working days after it (Direct Debit Guarantee: 10 unless agreed otherwise),
 * and late enough that the scheme submission (Bacs input, ACH send) falls on or after today. Notice
 * given on a weekend or holiday counts from the next working day.
 */
export function earliestCollectionDate(
  today: IsoDate,
  { advanceNoticeWorkingDays = 10, market }: EarliestCollectionOptions,
): IsoDate {
  if (!Number.isSafeInteger(advanceNoticeWorkingDays) || advanceNoticeWorkingDays < 0) {
    throw new AdvanceNoticeError(
      `advance notice must be a whole number of working days, got ${String(advanceNoticeWorkingDays)}`,
    );
  }
  // Both rules count working days from the same start, so the larger one decides.
  const lead = Math.max(advanceNoticeWorkingDays, SCHEME_LEAD_WORKING_DAYS[market]);
  return addWorkingDays(workingDayOnOrAfter(today, market), lead, market);
}
