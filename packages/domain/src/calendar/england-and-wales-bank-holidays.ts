import type { BankHoliday } from './bank-holidays.js';
import { easterSunday } from './easter.js';
import { addDays, dateParts, isoDate, isWeekend, type IsoDate } from './iso-date.js';
import { IsoWeekday, lastWeekdayOfMonth, nthWeekdayOfMonth } from './weekday-of-month.js';

// Years in which a fixed bank holiday was moved by royal proclamation.
const EARLY_MAY_MOVED: Readonly<Partial<Record<number, BankHoliday>>> = {
  1995: { date: '1995-05-08', name: 'Early May bank holiday (VE Day)' },
  2020: { date: '2020-05-08', name: 'Early May bank holiday (VE Day)' },
};
const SPRING_MOVED: Readonly<Partial<Record<number, IsoDate>>> = {
  2002: '2002-06-04',
  2012: '2012-06-04',
  2022: '2022-06-02',
};

const ONE_OFFS: readonly BankHoliday[] = [
  { date: '1981-07-29', name: 'Royal wedding' },
  { date: '1999-12-31', name: 'Millennium celebrations' },
  { date: '2002-06-03', name: 'Golden Jubilee' },
  { date: '2011-04-29', name: 'Royal wedding' },
  { date: '2012-06-05', name: 'Diamond Jubilee' },
  { date: '2022-06-03', name: 'Platinum Jubilee' },
  { date: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Coronation of King Charles III' },
];

/**
 * A fixed-date holiday falling at a weekend is taken on the next weekday that is not already a
 * holiday (Banking and Financial Dealings Act 1971): so Christmas on a Saturday gives Monday 27 and
 * Boxing Day Tuesday 28, and Christmas on a Sunday gives Boxing Day Monday 26 and Tuesday 27.
 */
function withSubstitutes(fixed: readonly BankHoliday[]): BankHoliday[] {
  const onWeekdays = fixed.filter((holiday) => !isWeekend(holiday.date));
  const taken = new Set(onWeekdays.map((holiday) => holiday.date));
  const substitutes = fixed
    .filter((holiday) => isWeekend(holiday.date))
    .map((holiday) => {
      let date = addDays(holiday.date, 1);
      while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
      taken.add(date);
      return { date, name: `${holiday.name} (substitute day)` };
    });
  return [...onWeekdays, ...substitutes];
}

/**
 * England and Wales bank holidays (Banking and Financial Dealings Act 1971 and royal proclamations)
 * as gov.uk lists them. Exact from 1978, when Early May joined the list; earlier years get the
 * same rules, which is all a finance agreement can need.
 */
export function englandAndWalesBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const { Monday } = IsoWeekday;
  return [
    ...withSubstitutes([{ date: isoDate(year, 1, 1), name: 'New Year’s Day' }]),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    EARLY_MAY_MOVED[year] ?? {
      date: nthWeekdayOfMonth(year, 5, Monday, 1),
      name: 'Early May bank holiday',
    },
    {
      date: SPRING_MOVED[year] ?? lastWeekdayOfMonth(year, 5, Monday),
      name: 'Spring bank holiday',
    },
    { date: lastWeekdayOfMonth(year, 8, Monday), name: 'Summer bank holiday' },
    ...withSubstitutes([
      { date: isoDate(year, 12, 25), name: 'Christmas Day' },
      { date: isoDate(year, 12, 26), name: 'Boxing Day' },
    ]),
    ...ONE_OFFS.filter((holiday) => dateParts(holiday.date).year === year),
  ];
}
