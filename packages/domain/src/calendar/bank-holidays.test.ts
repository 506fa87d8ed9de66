import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidays, isBankHoliday, namedBankHolidays } from './bank-holidays.js';
import { DateError, isWeekend, weekday } from './iso-date.js';

describe('bankHolidays (UK: England and Wales, as gov.uk publishes them)', () => {
  it.each([
    [
      2022,
      [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-06-02',
        '2022-06-03',
        '2022-08-29',
        '2022-09-19',
        '2022-12-26',
        '2022-12-27',
      ],
    ],
    [
      2023,
      [
        '2023-01-02',
        '2023-04-07',
        '2023-04-10',
        '2023-05-01',
        '2023-05-08',
        '2023-05-29',
        '2023-08-28',
        '2023-12-25',
        '2023-12-26',
      ],
    ],
    [
      2024,
      [
        '2024-01-01',
        '2024-03-29',
        '2024-04-01',
        '2024-05-06',
        '2024-05-27',
        '2024-08-26',
        '2024-12-25',
        '2024-12-26',
      ],
    ],
    [
      2025,
      [
        '2025-01-01',
        '2025-04-18',
        '2025-04-21',
        '2025-05-05',
        '2025-05-26',
        '2025-08-25',
        '2025-12-25',
        '2025-12-26',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
    ],
  ])('matches the published list for %i', (year, expected) => {
    expect(bankHolidays(year, 'UK')).toEqual(expected);
  });

  it('moves the Spring bank holiday for the jubilees of 2002, 2012 and 2022', () => {
    expect(bankHolidays(2002, 'UK')).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(bankHolidays(2002, 'UK')).not.toContain('2002-05-27');
    expect(bankHolidays(2012, 'UK')).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(bankHolidays(2012, 'UK')).not.toContain('2012-05-28');
    expect(bankHolidays(2022, 'UK')).not.toContain('2022-05-30');
  });

  it('moves Early May to Friday 8 May in 2020 (and Monday 8 May in 1995) for VE Day', () => {
    expect(bankHolidays(2020, 'UK')).toContain('2020-05-08');
    expect(bankHolidays(2020, 'UK')).not.toContain('2020-05-04');
    expect(bankHolidays(1995, 'UK')).toContain('1995-05-08');
    expect(bankHolidays(1995, 'UK')).not.toContain('1995-05-01');
  });

  it('adds the one-off holidays: royal weddings, the Millennium, the State Funeral, the Coronation', () => {
    for (const date of ['1981-07-29', '1999-12-31', '2011-04-29', '2022-09-19', '2023-05-08']) {
      expect(isBankHoliday(date, 'UK')).toBe(true);
    }
  });

  it('gives Christmas on a Saturday Monday 27 and Boxing Day Tuesday 28 (2021)', () => {
    expect(namedBankHolidays(2021, 'UK').slice(-2)).toEqual([
      { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('gives Christmas on a Sunday Boxing Day on Monday 26 and a substitute Tuesday 27 (2022)', () => {
    expect(namedBankHolidays(2022, 'UK').slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('moves New Year’s Day on a weekend to the Monday (2022: Saturday → 3rd; 2023: Sunday → 2nd)', () => {
    expect(namedBankHolidays(2022, 'UK')[0]).toEqual({
      date: '2022-01-03',
      name: 'New Year’s Day (substitute day)',
    });
    expect(bankHolidays(2023, 'UK')[0]).toBe('2023-01-02');
  });

  it('names each holiday as gov.uk does', () => {
    expect(namedBankHolidays(2026, 'UK').map((holiday) => holiday.name)).toEqual([
      'New Year’s Day',
      'Good Friday',
      'Easter Monday',
      'Early May bank holiday',
      'Spring bank holiday',
      'Summer bank holiday',
      'Christmas Day',
      'Boxing Day (substitute day)',
    ]);
  });

  it('never lists a weekend, never lists a day twice, and keeps date order, in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2200 }), (year) => {
        const dates = bankHolidays(year, 'UK');
        expect(dates.some(isWeekend)).toBe(false);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        expect(dates.length).toBeGreaterThanOrEqual(8);
      }),
    );
  });
});

describe('bankHolidays (US: federal holidays as the Federal Reserve observes them)', () => {
  it('matches the Federal Reserve’s list for 2026 (Independence Day on a Saturday stays there)', () => {
    expect(bankHolidays(2026, 'US')).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-04',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('matches the Federal Reserve’s list for 2027 (Independence Day on a Sunday → Monday 5 July)', () => {
    expect(bankHolidays(2027, 'US')).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-19',
      '2027-07-05',
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-25',
    ]);
  });

  it('does not close on the Friday before a Saturday holiday', () => {
    expect(isBankHoliday('2026-07-03', 'US')).toBe(false);
    expect(isBankHoliday('2027-12-24', 'US')).toBe(false);
    expect(isBankHoliday('2023-11-10', 'US')).toBe(false);
  });

  it('closes on the Monday after a Sunday holiday', () => {
    expect(isBankHoliday('2022-06-20', 'US')).toBe(true);
    expect(isBankHoliday('2022-12-26', 'US')).toBe(true);
    expect(isBankHoliday('2023-01-02', 'US')).toBe(true);
  });

  it('observes Juneteenth from 2022, not before', () => {
    expect(isBankHoliday('2021-06-18', 'US')).toBe(false);
    expect(isBankHoliday('2021-06-21', 'US')).toBe(false);
    expect(isBankHoliday('2023-06-19', 'US')).toBe(true);
  });

  it('has eleven holidays a year, every one on a weekday or a Saturday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2022, max: 2200 }), (year) => {
        const dates = bankHolidays(year, 'US');
        expect(dates).toHaveLength(11);
        expect(dates.some((date) => weekday(date) === 7)).toBe(false);
      }),
    );
  });
});

describe('isBankHoliday', () => {
  it('depends on the market', () => {
    expect(isBankHoliday('2026-04-03', 'UK')).toBe(true);
    expect(isBankHoliday('2026-04-03', 'US')).toBe(false);
    expect(isBankHoliday('2026-11-26', 'US')).toBe(true);
    expect(isBankHoliday('2026-11-26', 'UK')).toBe(false);
  });

  it('agrees with the yearly list', () => {
    const holidays = new Set(bankHolidays(2026, 'UK'));
    for (let day = 1; day <= 31; day += 1) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      expect(isBankHoliday(date, 'UK')).toBe(holidays.has(date));
    }
  });

  it('refuses what is not a date or a year it cannot know', () => {
    expect(() => isBankHoliday('2026-02-30', 'UK')).toThrow(DateError);
    expect(() => bankHolidays(1500, 'UK')).toThrow(DateError);
    expect(() => bankHolidays(2026.5, 'US')).toThrow(DateError);
  });
});

describe('namedBankHolidays', () => {
  it('hands out a copy, so a caller cannot change the shared calendar', () => {
    namedBankHolidays(2026, 'UK').pop();
    bankHolidays(2026, 'UK').pop();
    expect(bankHolidays(2026, 'UK')).toHaveLength(8);
  });
});
