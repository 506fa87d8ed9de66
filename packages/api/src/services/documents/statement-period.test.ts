import { describe, expect, it } from 'vitest';
import {
  completesAgreementYear,
  isStatementPeriod,
  periodDates,
  periodHasEnded,
  periodName,
  previousPeriod,
  yearStart,
} from './statement-period.js';

describe('statement periods', () => {
  it('are calendar months written YYYY-MM', () => {
    expect(isStatementPeriod('2026-10')).toBe(true);
    expect(isStatementPeriod('2026-13')).toBe(false);
    expect(isStatementPeriod('2026-1')).toBe(false);
    expect(periodDates('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('default to the last whole month, and only a month that has ended can be stated', () => {
    expect(previousPeriod('2026-11-23')).toBe('2026-10');
    expect(previousPeriod('2027-01-01')).toBe('2026-12');
    expect(periodHasEnded('2026-10', '2026-11-01')).toBe(true);
    expect(periodHasEnded('2026-10', '2026-10-31')).toBe(false);
  });

  it('complete a year of the agreement in its 12th, 24th … month, the starting month counted as the first', () => {
    expect(completesAgreementYear('2026-12', '2026-01-15')).toBe(true);
    expect(completesAgreementYear('2027-12', '2026-01-15')).toBe(true);
    expect(completesAgreementYear('2027-01', '2026-01-15')).toBe(false);
    expect(completesAgreementYear('2025-12', '2026-01-15')).toBe(false);
    expect(yearStart('2026-12')).toBe('2026-01-01');
  });

  it('are named in the market’s language', () => {
    expect(periodName('2026-10', 'en-GB')).toBe('October 2026');
  });
});
