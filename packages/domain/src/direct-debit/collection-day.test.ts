import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, dateParts, isoDate } from '../calendar/iso-date.js';
import { isWorkingDay, workingDayOnOrAfter } from '../calendar/working-days.js';
import type { Market } from '../markets.js';
import { CollectionDayError, isCollectionDay, nextCollectionDate } from './collection-day.js';

describe('isCollectionDay', () => {
  it('accepts the days every month has, 1 to 28', () => {
    expect(isCollectionDay(1)).toBe(true);
    expect(isCollectionDay(28)).toBe(true);
  });

  it('rejects the 29th to 31st, zero, fractions and non-numbers', () => {
    for (const value of [0, 29, 31, 1.5, -1, '5', null, Number.NaN]) {
      expect(isCollectionDay(value)).toBe(false);
    }
  });
});

describe('nextCollectionDate', () => {
  it('collects on the chosen day when it is a working day, including on the start date itself', () => {
    expect(nextCollectionDate('2026-05-15', 15, 'UK')).toBe('2026-05-15');
    expect(nextCollectionDate('2026-05-16', 15, 'UK')).toBe('2026-06-15');
  });

  it('moves a collection due on Good Friday 2026 past Easter Monday to Tuesday 7 April', () => {
    expect(nextCollectionDate('2026-03-20', 3, 'UK')).toBe('2026-04-07');
  });

  it('moves a Christmas Day 2026 collection past the Boxing Day substitute to Tuesday 29', () => {
    expect(nextCollectionDate('2026-12-01', 25, 'UK')).toBe('2026-12-29');
  });

  it('still finds a moved collection that now falls on or after the start date', () => {
    expect(nextCollectionDate('2026-12-29', 28, 'UK')).toBe('2026-12-29');
    expect(nextCollectionDate('2026-12-30', 28, 'UK')).toBe('2027-01-28');
  });

  it('finds the 28 February collection that a weekend rolled into March (2026: Monday 2 March)', () => {
    expect(nextCollectionDate('2026-03-01', 28, 'UK')).toBe('2026-03-02');
  });

  it('moves a Thanksgiving collection to the Friday in the US but not in the UK', () => {
    expect(nextCollectionDate('2026-11-01', 26, 'US')).toBe('2026-11-27');
    expect(nextCollectionDate('2026-11-01', 26, 'UK')).toBe('2026-11-26');
  });

  it('moves a US collection on Saturday 4 July 2026 forward to Monday, not back to Friday', () => {
    expect(nextCollectionDate('2026-07-01', 4, 'US')).toBe('2026-07-06');
  });

  it('refuses a collection day outside 1–28', () => {
    expect(() => nextCollectionDate('2026-01-01', 29, 'UK')).toThrow(CollectionDayError);
    expect(() => nextCollectionDate('2026-01-01', 0, 'US')).toThrow(CollectionDayError);
  });

  const anyFrom = fc.integer({ min: 0, max: 3_652 }).map((n) => addDays('2024-01-01', n));
  const anyDay = fc.integer({ min: 1, max: 28 });
  const anyMarket = fc.constantFrom<Market>('UK', 'US');

  it('is a working day on or after the start, reached by rolling the chosen day forward', () => {
    fc.assert(
      fc.property(anyFrom, anyDay, anyMarket, (from, day, market) => {
        const collection = nextCollectionDate(from, day, market);
        expect(isWorkingDay(collection, market)).toBe(true);
        expect(collection >= from).toBe(true);
        expect(daysBetween(from, collection)).toBeLessThan(35);
        const { year, month } = dateParts(collection);
        const chosen = isoDate(year, month, day);
        const rolledFrom = [chosen, addMonths(chosen, -1)];
        expect(rolledFrom.map((nominal) => workingDayOnOrAfter(nominal, market))).toContain(
          collection,
        );
      }),
    );
  });

  it('skips no collection: every start date up to it gives the same answer', () => {
    fc.assert(
      fc.property(anyFrom, anyDay, anyMarket, (from, day, market) => {
        const collection = nextCollectionDate(from, day, market);
        for (let date = from; date <= collection; date = addDays(date, 1)) {
          expect(nextCollectionDate(date, day, market)).toBe(collection);
        }
      }),
      { numRuns: 50 },
    );
  });
});
