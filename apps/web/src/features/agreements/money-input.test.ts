import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalAmount } from './transactions-csv.js';
import { parseMoneyInput } from './money-input.js';

describe('parseMoneyInput', () => {
  it('reads whole amounts, pence, thousands separators and a currency sign', () => {
    expect(parseMoneyInput('1250')).toBe(125_000);
    expect(parseMoneyInput('1,250')).toBe(125_000);
    expect(parseMoneyInput('£99.5')).toBe(9_950);
    expect(parseMoneyInput(' $300.07 ')).toBe(30_007);
    expect(parseMoneyInput('0.01')).toBe(1);
  });

  it('refuses what is not a plain amount', () => {
    for (const text of ['', 'abc', '-5', '1.234', '1,25', '12,3456', '1e3', '£', '5.']) {
      expect(parseMoneyInput(text)).toBeNull();
    }
  });

  it('reads back every decimal amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (amount) => {
        expect(parseMoneyInput(decimalAmount(amount))).toBe(amount);
      }),
    );
  });
});
