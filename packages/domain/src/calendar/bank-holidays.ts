import type { Market } from '../markets.js';
import { englandAndWalesBankHolidays } from './england-and-wales-bank-holidays.js';
import { compareDates, DateError, dateParts, type IsoDate } from './iso-date.js';
import { usFederalReserveHolidays } from './us-federal-reserve-holidays.js';

/** A day on which the market's banks do not process payments, with its published name. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

// The rules are written by hand rather than taken from the date-holidays package: for GB/ENG it
// misses the moved Spring bank holiday of 2002 and the Millennium holiday of 1999, and for the US
// it moves Saturday holidays to the Friday, which the Federal Reserve does not (its banks open).
const RULES: Readonly<Record<Market, (year: number) => BankHoliday[]>> = {
  UK: englandAndWalesBankHolidays,
  US: usFederalReserveHolidays,
};

/** Easter needs the Gregorian calendar; an IsoDate has four-digit years. */
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

interface HolidayYear {
  readonly holidays: readonly BankHoliday[];
  readonly dates: ReadonlySet<IsoDate>;
}

// Schedules ask about the same few years thousands of times: compute each (market, year) once.
const cache: Readonly<Record<Market, Map<number, HolidayYear>>> = { UK: new Map(), US: new Map() };

function holidayYear(year: number, market: Market): HolidayYear {
  const cached = cache[market].get(year);
  if (cached) return cached;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new DateError(
      `bank holidays are known for ${FIRST_YEAR}–${LAST_YEAR}, got ${String(year)}`,
    );
  }
  const holidays = RULES[market](year).sort((a, b) => compareDates(a.date, b.date));
  const entry: HolidayYear = { holidays, dates: new Set(holidays.map((holiday) => holiday.date)) };
  cache[market].set(year, entry);
  return entry;
}

/**
 * The market's bank holidays in `year`, in date order, as published: gov.uk's England and Wales list
 * (substitute days, never weekends) or the Federal Reserve's (Sunday holidays on the Monday,
 * Saturday holidays left on the Saturday).
 */
export function namedBankHolidays(year: number, market: Market): BankHoliday[] {
  return [...holidayYear(year, market).holidays];
}

/** The dates of the market's bank holidays in `year` (see namedBankHolidays for the rules). */
export function bankHolidays(year: number, market: Market): IsoDate[] {
  return holidayYear(year, market).holidays.map((holiday) => holiday.date);
}

/** True when `date` is on the market's published bank-holiday list (gov.uk or Federal Reserve). */
export function isBankHoliday(date: IsoDate, market: Market): boolean {
  return holidayYear(dateParts(date).year, market).dates.has(date);
}
