import { DateError, daysInMonth, isoDate, weekday, type IsoDate } from './iso-date.js';

/** ISO weekday numbers, as `weekday` returns them. */
export const IsoWeekday = {
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
  Sunday: 7,
} as const;

function assertIsoWeekday(isoWeekday: number): void {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new DateError(`weekday must be 1 (Monday) to 7 (Sunday), got ${String(isoWeekday)}`);
  }
}

/** The nth (1–5) given weekday of a month, e.g. the 4th Thursday of November; throws if none. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  isoWeekday: number,
  nth: number,
): IsoDate {
  assertIsoWeekday(isoWeekday);
  if (!Number.isInteger(nth) || nth < 1 || nth > 5) {
    throw new DateError(`nth must be 1 to 5, got ${String(nth)}`);
  }
  const offset = (isoWeekday - weekday(isoDate(year, month, 1)) + 7) % 7;
  return isoDate(year, month, 1 + offset + (nth - 1) * 7);
}

/** The last given weekday of a month, e.g. the last Monday of May. */
export function lastWeekdayOfMonth(year: number, month: number, isoWeekday: number): IsoDate {
  assertIsoWeekday(isoWeekday);
  const lastDay = daysInMonth(year, month);
  const offset = (weekday(isoDate(year, month, lastDay)) - isoWeekday + 7) % 7;
  return isoDate(year, month, lastDay - offset);
}
