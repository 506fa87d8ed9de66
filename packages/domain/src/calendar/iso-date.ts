/** A calendar date as 'YYYY-MM-DD' (no time, no zone): the only date shape the domain takes. */
export type IsoDate = string;

export class DateError extends Error {
  override readonly name = 'DateError';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written 'YYYY-MM-DD' (so '2025-02-30' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns `value` unchanged, or throws a DateError naming it. */
export function assertIsoDate(value: unknown, label = 'date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new DateError(`${label} must be a real date as YYYY-MM-DD, got "${String(value)}"`);
  }
  return value;
}

/** Splits an ISO date into numeric year, month (1–12) and day. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(date);
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Builds an ISO date from numeric parts (month 1–12); throws when the day does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return assertIsoDate(date);
}

/** Days in a month of the proleptic Gregorian calendar (so February 2100 has 28, February 2000 29). */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isSafeInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new DateError(`no such month: ${String(year)}-${String(month)}`);
  }
  // Day 0 of the following month is this month's last day.
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes every year literally.
function utcMs(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function toUtcMs(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return utcMs(year, month, day);
}

function fromUtcMs(ms: number): IsoDate {
  const text = new Date(ms).toISOString();
  // Years outside 0000–9999 print with a sign and six digits: no longer an IsoDate.
  if (text.length !== 24) throw new DateError(`date out of range (years 0000–9999): ${text}`);
  return text.slice(0, 10);
}

function assertWholeNumber(value: number, label: string): number {
  if (!Number.isSafeInteger(value)) {
    throw new DateError(`${label} must be a whole number, got ${String(value)}`);
  }
  return value;
}

/** The calendar date of an instant in UTC. */
export function toIsoDate(instant: Date): IsoDate {
  return fromUtcMs(instant.getTime());
}

/** Midnight UTC at the start of `date`. */
export function startOfDayUtc(date: IsoDate): Date {
  return new Date(toUtcMs(date));
}

/** Adds whole calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + assertWholeNumber(days, 'days') * DAY_MS);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + assertWholeNumber(months, 'months');
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return isoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** True on Saturday and Sunday, the days no UK or US bank processes payments. */
export function isWeekend(date: IsoDate): boolean {
  return weekday(date) >= 6;
}

/** Orders two ISO dates for sorting: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
