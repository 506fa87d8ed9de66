import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.js';
import { MoneyError } from './minor.js';

describe('formatMoney', () => {
  it('formats pence as pounds for the UK', () => {
    expect(formatMoney(123456, 'GBP')).toBe('£1,234.56');
    expect(formatMoney(5, 'GBP')).toBe('£0.05');
    expect(formatMoney(-30422, 'GBP')).toBe('-£304.22');
  });

  it('formats cents as dollars for the US', () => {
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
  });

  it('refuses a fraction of a minor unit', () => {
    expect(() => formatMoney(1.5, 'GBP')).toThrow(MoneyError);
  });
});
