import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Market } from '../markets.js';
import { addDays, DateError } from './iso-date.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days.js';

const anyDate = fc.integer({ min: 0, max: 36_524 }).map((n) => addDays('2000-01-01', n));
const anyMarket = fc.constantFrom<Market>('UK', 'US');
const steps = fc.integer({ min: -400, max: 400 });

describe('isWorkingDay', () => {
  it('is false at weekends and on bank holidays, true otherwise', () => {
    expect(isWorkingDay('2026-04-02', 'UK')).toBe(true);
    expect(isWorkingDay('2026-04-03', 'UK')).toBe(false);
    expect(isWorkingDay('2026-04-04', 'UK')).toBe(false);
    expect(isWorkingDay('2026-04-05', 'UK')).toBe(false);
    expect(isWorkingDay('2026-04-06', 'UK')).toBe(false);
    expect(isWorkingDay('2026-04-07', 'UK')).toBe(true);
  });

  it('keeps US banks open on Good Friday and the Friday before a Saturday holiday', () => {
    expect(isWorkingDay('2026-04-03', 'US')).toBe(true);
    expect(isWorkingDay('2026-07-03', 'US')).toBe(true);
    expect(isWorkingDay('2026-11-26', 'US')).toBe(false);
    expect(isWorkingDay('2026-11-27', 'US')).toBe(true);
  });
});

describe('workingDayOnOrAfter', () => {
  it('keeps a working day and rolls anything else forward', () => {
    expect(workingDayOnOrAfter('2026-04-02', 'UK')).toBe('2026-04-02');
    expect(workingDayOnOrAfter('2026-04-03', 'UK')).toBe('2026-04-07');
    expect(workingDayOnOrAfter('2026-12-25', 'UK')).toBe('2026-12-29');
    expect(workingDayOnOrAfter('2026-11-26', 'US')).toBe('2026-11-27');
  });
});

describe('addWorkingDays', () => {
  it('skips the Easter weekend in the UK: 2 working days after Thursday 2 April 2026 is Wednesday 8 April', () => {
    expect(addWorkingDays('2026-04-02', 1, 'UK')).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 2, 'UK')).toBe('2026-04-08');
  });

  it('counts back over Christmas 2026: 2 working days before Tuesday 29 December is Wednesday 23', () => {
    expect(addWorkingDays('2026-12-29', -2, 'UK')).toBe('2026-12-23');
  });

  it('skips Thanksgiving in the US', () => {
    expect(addWorkingDays('2026-11-25', 1, 'US')).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-27', -1, 'US')).toBe('2026-11-25');
  });

  it('starts counting from a non-working day as from the day itself', () => {
    expect(addWorkingDays('2026-04-04', 1, 'UK')).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-04', -1, 'UK')).toBe('2026-04-02');
  });

  it('with n = 0 returns the date when it is a working day, else the next working day', () => {
    expect(addWorkingDays('2026-04-02', 0, 'UK')).toBe('2026-04-02');
    expect(addWorkingDays('2026-04-03', 0, 'UK')).toBe('2026-04-07');
  });

  it('refuses a fraction of a day', () => {
    expect(() => addWorkingDays('2026-04-02', 1.5, 'UK')).toThrow(DateError);
  });

  it('always lands on a working day', () => {
    fc.assert(
      fc.property(anyDate, steps, anyMarket, (date, n, market) => {
        expect(isWorkingDay(addWorkingDays(date, n, market), market)).toBe(true);
      }),
    );
  });

  it('there and back again lands on a working day, the start itself when that is one', () => {
    fc.assert(
      fc.property(anyDate, steps, anyMarket, (date, n, market) => {
        const back = addWorkingDays(addWorkingDays(date, n, market), -n, market);
        expect(isWorkingDay(back, market)).toBe(true);
        if (isWorkingDay(date, market)) expect(back).toBe(date);
      }),
    );
  });

  it('moves in the direction of n and never by less than n calendar days', () => {
    fc.assert(
      fc.property(anyDate, steps, anyMarket, (date, n, market) => {
        const result = addWorkingDays(date, n, market);
        if (n > 0) expect(result >= addDays(date, n)).toBe(true);
        if (n < 0) expect(result <= addDays(date, n)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2026-04-02', '2026-04-08', 'UK')).toBe(2);
    expect(workingDaysBetween('2026-04-02', '2026-04-08', 'US')).toBe(4);
    expect(workingDaysBetween('2026-04-08', '2026-04-02', 'UK')).toBe(-2);
    expect(workingDaysBetween('2026-04-03', '2026-04-06', 'UK')).toBe(0);
  });

  it('counts n between a date and n working days later', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), anyMarket, (date, n, market) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n, market), market)).toBe(n);
      }),
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -60, max: 60 }), anyMarket, (from, span, market) => {
        const to = addDays(from, span);
        let count = 0;
        for (let day = from; day < to;) {
          day = addDays(day, 1);
          if (isWorkingDay(day, market)) count += 1;
        }
        for (let day = from; day > to; day = addDays(day, -1)) {
          if (isWorkingDay(day, market)) count -= 1;
        }
        expect(workingDaysBetween(from, to, market)).toBe(count);
      }),
    );
  });

  it('adds up over consecutive spans and changes sign when reversed', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, anyMarket, (a, b, c, market) => {
        const ab = workingDaysBetween(a, b, market);
        expect(ab + workingDaysBetween(b, c, market)).toBe(workingDaysBetween(a, c, market));
        expect(workingDaysBetween(b, a, market) + ab).toBe(0);
      }),
    );
  });
});
