import type { BankHoliday } from './bank-holidays.js';
import { addDays, isoDate, weekday } from './iso-date.js';
import { IsoWeekday, lastWeekdayOfMonth, nthWeekdayOfMonth } from './weekday-of-month.js';

/**
 * The Federal Reserve closes on the Monday for a holiday falling on a Sunday, but stays open on the
 * Friday before one falling on a Saturday, so that holiday stays on its (non-working) Saturday.
 */
function observedByTheFed(holiday: BankHoliday): BankHoliday {
  return weekday(holiday.date) === IsoWeekday.Sunday
    ? { date: addDays(holiday.date, 1), name: `${holiday.name} (observed)` }
    : holiday;
}

/**
 * US federal holidays (5 U.S.C. 6103) as the Federal Reserve Banks observe them. Martin Luther King
 * Jr. Day counts from 1986 and Juneteenth from 2022, the first year the Reserve Banks closed for it.
 */
export function usFederalReserveHolidays(year: number): BankHoliday[] {
  const { Monday, Thursday } = IsoWeekday;
  const fixedDates: BankHoliday[] = [
    { date: isoDate(year, 1, 1), name: 'New Year’s Day' },
    ...(year >= 2022
      ? [{ date: isoDate(year, 6, 19), name: 'Juneteenth National Independence Day' }]
      : []),
    { date: isoDate(year, 7, 4), name: 'Independence Day' },
    { date: isoDate(year, 11, 11), name: 'Veterans Day' },
    { date: isoDate(year, 12, 25), name: 'Christmas Day' },
  ];
  return [
    ...fixedDates.map(observedByTheFed),
    ...(year >= 1986
      ? [
          {
            date: nthWeekdayOfMonth(year, 1, Monday, 3),
            name: 'Birthday of Martin Luther King, Jr.',
          },
        ]
      : []),
    { date: nthWeekdayOfMonth(year, 2, Monday, 3), name: 'Washington’s Birthday' },
    { date: lastWeekdayOfMonth(year, 5, Monday), name: 'Memorial Day' },
    { date: nthWeekdayOfMonth(year, 9, Monday, 1), name: 'Labor Day' },
    { date: nthWeekdayOfMonth(year, 10, Monday, 2), name: 'Columbus Day' },
    { date: nthWeekdayOfMonth(year, 11, Thursday, 4), name: 'Thanksgiving Day' },
  ];
}
