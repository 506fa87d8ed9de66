import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/iso-date.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../calendar/working-days.js';
import type { Market } from '../markets.js';
import { achSubmissionDate, bacsInputDate, schemeSubmissionDate } from './submission-date.js';

const anyDate = fc.integer({ min: 0, max: 7_304 }).map((n) => addDays('2020-01-01', n));
const anyMarket = fc.constantFrom<Market>('UK', 'US');

describe('bacsInputDate', () => {
  it('inputs two working days before an ordinary collection (Wednesday → Monday, Monday → Thursday)', () => {
    expect(bacsInputDate('2026-06-17')).toBe('2026-06-15');
    expect(bacsInputDate('2026-06-15')).toBe('2026-06-11');
  });

  it('inputs on Wednesday 1 April for the Tuesday after Easter 2026 (processing Thursday 2 April)', () => {
    expect(bacsInputDate('2026-04-07')).toBe('2026-04-01');
    expect(addWorkingDays(bacsInputDate('2026-04-07'), 1, 'UK')).toBe('2026-04-02');
  });

  it('rolls a collection due on Good Friday to Tuesday 7 April before counting back', () => {
    expect(bacsInputDate('2026-04-03')).toBe('2026-04-01');
    expect(bacsInputDate('2026-04-06')).toBe('2026-04-01');
  });

  it('inputs on Wednesday 23 December for a collection on Christmas Day 2026 (taken Tuesday 29)', () => {
    expect(bacsInputDate('2026-12-25')).toBe('2026-12-23');
    expect(bacsInputDate('2026-12-29')).toBe('2026-12-23');
  });

  it('inputs on 30 December for the first working day of 2027 (Monday 4 January)', () => {
    expect(bacsInputDate('2027-01-01')).toBe('2026-12-30');
    expect(bacsInputDate('2027-01-04')).toBe('2026-12-30');
  });

  it('runs the three-day cycle: entry is the second working day after input', () => {
    fc.assert(
      fc.property(anyDate, (collectionDate) => {
        const input = bacsInputDate(collectionDate);
        expect(isWorkingDay(input, 'UK')).toBe(true);
        expect(addWorkingDays(input, 2, 'UK')).toBe(workingDayOnOrAfter(collectionDate, 'UK'));
      }),
    );
  });
});

describe('achSubmissionDate', () => {
  it('sends a debit one banking day before its effective date, skipping Thanksgiving', () => {
    expect(achSubmissionDate('2026-11-27')).toBe('2026-11-25');
    expect(achSubmissionDate('2026-11-30')).toBe('2026-11-27');
  });

  it('rolls an effective date on Thanksgiving to the Friday', () => {
    expect(achSubmissionDate('2026-11-26')).toBe('2026-11-25');
  });

  it('sends on Friday 3 July 2026: the Fed is open before Independence Day on a Saturday', () => {
    expect(achSubmissionDate('2026-07-06')).toBe('2026-07-03');
  });
});

describe('schemeSubmissionDate', () => {
  it('is a working day exactly the scheme’s lead time before the collection', () => {
    fc.assert(
      fc.property(anyDate, anyMarket, (collectionDate, market) => {
        const submitted = schemeSubmissionDate(collectionDate, market);
        const collected = workingDayOnOrAfter(collectionDate, market);
        expect(isWorkingDay(submitted, market)).toBe(true);
        expect(workingDaysBetween(submitted, collected, market)).toBe(market === 'UK' ? 2 : 1);
      }),
    );
  });
});
