import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time.js';

describe('formatDateTime', () => {
  it('writes a moment in the British style for the UK', () => {
    expect(formatDateTime('2026-11-23T14:05:00.000Z', 'en-GB', 'Europe/London')).toBe(
      '23 Nov 2026, 14:05',
    );
  });

  it('writes it in the American style, in the customer’s time zone, for the US', () => {
    expect(formatDateTime('2026-11-23T14:05:00.000Z', 'en-US', 'America/New_York')).toMatch(
      /^Nov 23, 2026, 9:05\sAM$/,
    );
  });

  it('leaves text that is not a timestamp as it is', () => {
    expect(formatDateTime('not a time', 'en-GB')).toBe('not a time');
  });
});
