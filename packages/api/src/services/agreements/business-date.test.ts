import { describe, expect, it } from 'vitest';
import { businessDate } from './business-date.js';

describe('business date', () => {
  it('is already tomorrow in London at 00:30 British Summer Time', () => {
    expect(businessDate(new Date('2026-06-30T23:30:00.000Z'), 'UK')).toBe('2026-07-01');
  });

  it('matches UTC in a London winter', () => {
    expect(businessDate(new Date('2026-11-23T23:59:00.000Z'), 'UK')).toBe('2026-11-23');
  });

  it('is still yesterday in New York in the early hours UTC', () => {
    expect(businessDate(new Date('2026-11-24T03:00:00.000Z'), 'US')).toBe('2026-11-23');
  });
});
