import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days.js';
import type { Market } from '../markets.js';
import { AdvanceNoticeError, earliestCollectionDate } from './earliest-collection-date.js';
import { achSubmissionDate, bacsInputDate, schemeSubmissionDate } from './submission-date.js';

describe('earliestCollectionDate (UK, Bacs)', () => {
  it('gives 10 working days’ notice by default, skipping Easter 2026', () => {
    expect(earliestCollectionDate('2026-03-23', { market: 'UK' })).toBe('2026-04-08');
  });

  it('skips Christmas and the Boxing Day substitute in 2026', () => {
    expect(earliestCollectionDate('2026-12-11', { market: 'UK' })).toBe('2026-12-29');
  });

  it('counts notice given at the weekend from the Monday', () => {
    expect(earliestCollectionDate('2026-03-21', { market: 'UK' })).toBe('2026-04-08');
    expect(earliestCollectionDate('2026-03-22', { market: 'UK' })).toBe('2026-04-08');
  });

  it('takes an agreed shorter notice', () => {
    expect(
      earliestCollectionDate('2026-06-01', { market: 'UK', advanceNoticeWorkingDays: 3 }),
    ).toBe('2026-06-04');
  });

  it('never lets the Bacs input day fall before today, whatever notice was agreed', () => {
    const collection = earliestCollectionDate('2026-12-24', {
      market: 'UK',
      advanceNoticeWorkingDays: 0,
    });
    expect(collection).toBe('2026-12-30');
    expect(bacsInputDate(collection)).toBe('2026-12-24');
  });

  it('refuses a negative or fractional notice period', () => {
    expect(() =>
      earliestCollectionDate('2026-06-01', { market: 'UK', advanceNoticeWorkingDays: -1 }),
    ).toThrow(AdvanceNoticeError);
    expect(() =>
      earliestCollectionDate('2026-06-01', { market: 'UK', advanceNoticeWorkingDays: 2.5 }),
    ).toThrow(AdvanceNoticeError);
  });
});

describe('earliestCollectionDate (US, ACH)', () => {
  it('gives 10 banking days’ notice by default, skipping Thanksgiving 2026', () => {
    expect(earliestCollectionDate('2026-11-13', { market: 'US' })).toBe('2026-11-30');
  });

  it('with no notice needed, still leaves one banking day to send the entry', () => {
    const collection = earliestCollectionDate('2026-11-25', {
      market: 'US',
      advanceNoticeWorkingDays: 0,
    });
    expect(collection).toBe('2026-11-27');
    expect(achSubmissionDate(collection)).toBe('2026-11-25');
  });
});

describe('earliestCollectionDate (both markets)', () => {
  const anyToday = fc.integer({ min: 0, max: 3_652 }).map((n) => addDays('2024-01-01', n));
  const anyMarket = fc.constantFrom<Market>('UK', 'US');
  const anyNotice = fc.integer({ min: 0, max: 15 });

  /** Collecting on `date` respects the notice and the scheme's submission deadline. */
  function allowed(date: IsoDate, today: IsoDate, notice: number, market: Market): boolean {
    return (
      isWorkingDay(date, market) &&
      addWorkingDays(date, -notice, market) >= today &&
      schemeSubmissionDate(date, market) >= today
    );
  }

  it('is allowed, and the working day before it is not', () => {
    fc.assert(
      fc.property(anyToday, anyMarket, anyNotice, (today, market, notice) => {
        const earliest = earliestCollectionDate(today, {
          market,
          advanceNoticeWorkingDays: notice,
        });
        expect(allowed(earliest, today, notice, market)).toBe(true);
        expect(allowed(addWorkingDays(earliest, -1, market), today, notice, market)).toBe(false);
      }),
    );
  });
});
