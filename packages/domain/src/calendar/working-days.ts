import type { Market } from '../markets.js';
import { bankHolidays, isBankHoliday } from './bank-holidays.js';
import {
  addDays,
  assertIsoDate,
  DateError,
  dateParts,
  daysBetween,
  isWeekend,
  type IsoDate,
} from './iso-date.js';

/**
 * A working day — a Bacs processing day in the UK, a Federal Reserve banking day in the US:
 * not a Saturday or Sunday, not a bank holiday.
 */
export function isWorkingDay(date: IsoDate, market: Market): boolean {
  return !isWeekend(date) && !isBankHoliday(date, market);
}

/** `date` when it is a working day, else the next one: the "following business day" convention. */
export function workingDayOnOrAfter(date: IsoDate, market: Market): IsoDate {
  let day = assertIsoDate(date);
  while (!isWorkingDay(day, market)) day = addDays(day, 1);
  return day;
}

/**
 * The nth working day after `date` (before it when n is negative); `date` itself need not be a
 * working day. With n = 0 the answer is `workingDayOnOrAfter(date)`, so the result is always a
 * working day: a payment due on a Saturday "plus no working days" is taken on the Monday.
 */
export function addWorkingDays(date: IsoDate, n: number, market: Market): IsoDate {
  if (!Number.isSafeInteger(n)) {
    throw new DateError(`working days must be a whole number, got ${String(n)}`);
  }
  if (n === 0) return workingDayOnOrAfter(date, market);
  const step = Math.sign(n);
  let day = assertIsoDate(date);
  for (let remaining = Math.abs(n); remaining > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day, market)) remaining -= 1;
  }
  return day;
}

/** A Monday: day numbers count from here, so (dayNumber mod 7) < 5 on weekdays. */
const MONDAY_EPOCH = '2001-01-01';

/** Weekdays among day numbers 0 … x − 1 (for negative x, minus those among x … −1): a running total. */
function weekdaysBefore(x: number): number {
  const weeks = Math.floor(x / 7);
  return 5 * weeks + Math.min(x - 7 * weeks, 5);
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier), so that
 * workingDaysBetween(d, addWorkingDays(d, n)) = n for every n > 0, and counts add up:
 * between(a, b) + between(b, c) = between(a, c).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, market: Market): number {
  // 0 − n rather than −n: a reversed span with no working days must count 0, not −0.
  if (to < from) return 0 - workingDaysBetween(to, from, market);
  // Counted, not walked, so that spans of decades cost a handful of holiday lists.
  const start = daysBetween(MONDAY_EPOCH, assertIsoDate(from, 'from')) + 1;
  const end = daysBetween(MONDAY_EPOCH, assertIsoDate(to, 'to')) + 1;
  let count = weekdaysBefore(end) - weekdaysBefore(start);
  for (let year = dateParts(from).year; year <= dateParts(to).year; year += 1) {
    for (const holiday of bankHolidays(year, market)) {
      if (holiday > from && holiday <= to && !isWeekend(holiday)) count -= 1;
    }
  }
  return count;
}
