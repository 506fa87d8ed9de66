import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateError, dateParts, daysInMonth, weekday } from './iso-date.js';
import { IsoWeekday, lastWeekdayOfMonth, nthWeekdayOfMonth } from './weekday-of-month.js';

describe('nthWeekdayOfMonth', () => {
  it('finds Thanksgiving (4th Thursday of November) and Labor Day (1st Monday of September)', () => {
    expect(nthWeekdayOfMonth(2026, 11, IsoWeekday.Thursday, 4)).toBe('2026-11-26');
    expect(nthWeekdayOfMonth(2026, 9, IsoWeekday.Monday, 1)).toBe('2026-09-07');
  });

  it('counts from the 1st when the month starts on that weekday', () => {
    expect(nthWeekdayOfMonth(2026, 6, IsoWeekday.Monday, 1)).toBe('2026-06-01');
  });

  it('refuses a fifth weekday the month does not have, and nonsense arguments', () => {
    expect(() => nthWeekdayOfMonth(2026, 2, IsoWeekday.Monday, 5)).toThrow(DateError);
    expect(() => nthWeekdayOfMonth(2026, 2, 8, 1)).toThrow(DateError);
    expect(() => nthWeekdayOfMonth(2026, 2, IsoWeekday.Monday, 0)).toThrow(DateError);
  });
});

describe('lastWeekdayOfMonth', () => {
  it('finds the last Monday of May and of August', () => {
    expect(lastWeekdayOfMonth(2026, 5, IsoWeekday.Monday)).toBe('2026-05-25');
    expect(lastWeekdayOfMonth(2026, 8, IsoWeekday.Monday)).toBe('2026-08-31');
  });

  it('is the right weekday within the month’s last seven days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        (year, month, isoWeekday) => {
          const last = lastWeekdayOfMonth(year, month, isoWeekday);
          expect(weekday(last)).toBe(isoWeekday);
          expect(daysInMonth(year, month) - dateParts(last).day).toBeLessThan(7);
          expect(nthWeekdayOfMonth(year, month, isoWeekday, 1) <= last).toBe(true);
        },
      ),
    );
  });
});
