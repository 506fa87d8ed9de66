import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareDates,
  dateParts,
  DateError,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isoDate,
  isWeekend,
  startOfDayUtc,
  toIsoDate,
  weekday,
} from './iso-date.js';

/** Any date from 1900 to 2199, drawn as a day offset so every calendar day is reachable. */
const anyDate = fc.integer({ min: 0, max: 109_572 }).map((n) => addDays('1900-01-01', n));

describe('isIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD, leap days included', () => {
    expect(isIsoDate('2025-01-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
  });

  it('rejects any other shape', () => {
    for (const value of [
      '2025-1-01',
      '25-01-01',
      ' 2025-01-01',
      '2025-01-01T00:00:00Z',
      '',
      20250101,
    ]) {
      expect(isIsoDate(value)).toBe(false);
    }
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date(0))).toBe(false);
  });

  it('reads years below 100 literally, not as 19xx', () => {
    expect(isIsoDate('0000-02-29')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });
});

describe('assertIsoDate', () => {
  it('returns a valid date unchanged', () => {
    expect(assertIsoDate('2026-04-03')).toBe('2026-04-03');
  });

  it('throws a DateError naming the field and the value', () => {
    expect(() => assertIsoDate('2025-02-30', 'settlementDate')).toThrow(DateError);
    expect(() => assertIsoDate('2025-02-30', 'settlementDate')).toThrow(
      'settlementDate must be a real date as YYYY-MM-DD, got "2025-02-30"',
    );
  });
});

describe('dateParts and isoDate', () => {
  it('split a date into numbers and build it back', () => {
    expect(dateParts('2026-12-05')).toEqual({ year: 2026, month: 12, day: 5 });
    expect(isoDate(2026, 12, 5)).toBe('2026-12-05');
    expect(isoDate(99, 1, 2)).toBe('0099-01-02');
  });

  it('refuse a day that does not exist', () => {
    expect(() => isoDate(2025, 2, 29)).toThrow(DateError);
    expect(() => dateParts('2025-02-29')).toThrow(DateError);
  });

  it('round-trip every date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day } = dateParts(date);
        expect(isoDate(year, month, day)).toBe(date);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap-year rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('refuses a month outside 1–12', () => {
    expect(() => daysInMonth(2026, 13)).toThrow(DateError);
    expect(() => daysInMonth(2026, 0)).toThrow(DateError);
  });
});

describe('toIsoDate and startOfDayUtc', () => {
  it('take the UTC calendar date of an instant, whatever the local zone', () => {
    expect(toIsoDate(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-29');
    expect(toIsoDate(new Date('2026-03-29T23:30:00-05:00'))).toBe('2026-03-30');
  });

  it('start a date at midnight UTC', () => {
    expect(startOfDayUtc('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries, forwards and back', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-04-03', 0)).toBe('2026-04-03');
  });

  it('refuses a fraction of a day', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(DateError);
  });

  it('refuses to leave the four-digit years', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(DateError);
  });

  it('is undone by subtracting the same number of days', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});

describe('addMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('goes back with negative months, across years', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-02-28', -14)).toBe('2024-12-28');
  });

  it('moves whole years', () => {
    expect(addMonths('2026-06-15', 12)).toBe('2027-06-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-06-15', 0)).toBe('2026-06-15');
  });

  it('refuses a fraction of a month', () => {
    expect(() => addMonths('2026-01-01', 0.5)).toThrow(DateError);
  });

  it('keeps the day of the month whenever that day exists (days 1–28 always do)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const { day } = dateParts(date);
        const result = dateParts(addMonths(date, months));
        expect(result.day).toBe(Math.min(day, daysInMonth(result.year, result.month)));
        if (day <= 28) expect(addMonths(addMonths(date, months), -months)).toBe(date);
      }),
    );
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-04-06', '2026-04-03')).toBe(-3);
    expect(daysBetween('2026-04-06', '2026-04-06')).toBe(0);
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });

  it('is not thrown off by daylight-saving changes (it works in UTC)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

describe('weekday and isWeekend', () => {
  it('number the days from Monday = 1 to Sunday = 7', () => {
    expect(weekday('2026-04-06')).toBe(1);
    expect(weekday('2026-04-03')).toBe(5);
    expect(weekday('2026-04-04')).toBe(6);
    expect(weekday('2026-04-05')).toBe(7);
    expect(weekday('2000-01-01')).toBe(6);
  });

  it('flag Saturday and Sunday only', () => {
    expect(isWeekend('2026-04-04')).toBe(true);
    expect(isWeekend('2026-04-05')).toBe(true);
    expect(isWeekend('2026-04-03')).toBe(false);
    expect(isWeekend('2026-04-06')).toBe(false);
  });

  it('advances by one each day, wrapping after Sunday', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(weekday(addDays(date, 1))).toBe((weekday(date) % 7) + 1);
      }),
    );
  });
});

describe('compareDates', () => {
  it('sorts dates chronologically', () => {
    expect(['2026-12-25', '2025-12-25', '2026-01-01'].sort(compareDates)).toEqual([
      '2025-12-25',
      '2026-01-01',
      '2026-12-25',
    ]);
  });

  it('agrees with the sign of daysBetween', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(daysBetween(b, a)));
      }),
    );
  });
});
