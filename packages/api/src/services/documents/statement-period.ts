import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isoDate,
  type IsoDate,
} from '@marque/domain';

/** A calendar month a statement covers, written 'YYYY-MM'. */
export type StatementPeriod = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for 'YYYY-MM' with a real month. */
export function isStatementPeriod(value: string): value is StatementPeriod {
  return PERIOD.test(value);
}

/** The first and last day of a period. */
export function periodDates(period: StatementPeriod): { start: IsoDate; end: IsoDate } {
  const match = PERIOD.exec(period);
  if (match === null) throw new RangeError(`not a statement period: ${period}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

/** The period a date falls in. */
export function periodOf(date: IsoDate): StatementPeriod {
  return date.slice(0, 7);
}

/** The last whole month before `today`: what a run started today states. */
export function previousPeriod(today: IsoDate): StatementPeriod {
  return periodOf(addDays(periodDates(periodOf(today)).start, -1));
}

/** True once the period has ended on `today`, so its statement can no longer change. */
export function periodHasEnded(period: StatementPeriod, today: IsoDate): boolean {
  return compareDates(periodDates(period).end, today) < 0;
}

function monthIndex(period: StatementPeriod): number {
  const [year = 0, month = 0] = period.split('-').map(Number);
  return year * 12 + month - 1;
}

/**
 * Whether the period is the 12th, 24th … month of the agreement (the month it started counting as
 * the first): the Consumer Credit Act s.77A statement is due at intervals of no more than a year.
 */
export function completesAgreementYear(period: StatementPeriod, startDate: IsoDate): boolean {
  const months = monthIndex(period) - monthIndex(periodOf(startDate)) + 1;
  return months >= 12 && months % 12 === 0;
}

/** The first day of the year of statements that ends with `period` (12 months back). */
export function yearStart(period: StatementPeriod): IsoDate {
  return addMonths(periodDates(period).start, -11);
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** 'October 2026' in the market's language. */
export function periodName(period: StatementPeriod, locale: string): string {
  let formatter = monthFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    monthFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${periodDates(period).start}T00:00:00Z`));
}
