import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyTextField, parseMoneyInput } from './money-text.js';

/** 12345 → '123.45': how an amount is written back into a form. */
function decimalAmount(amount: number): string {
  return `${String(Math.trunc(amount / 100))}.${String(amount % 100).padStart(2, '0')}`;
}

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

describe('moneyTextField', () => {
  const field = moneyTextField('amount received');

  it('gives the amount in minor units', () => {
    expect(field.parse(' 1,250.5 ')).toBe(125_050);
  });

  it('names the field in every refusal', () => {
    expect(field.safeParse('').error?.issues[0]?.message).toBe('Enter the amount received.');
    expect(field.safeParse('12.345').error?.issues[0]?.message).toBe(
      'Enter the amount received like 1,250.00.',
    );
    expect(field.safeParse('0.00').error?.issues[0]?.message).toBe(
      'The amount received must be more than zero.',
    );
    expect(field.safeParse('20000000').error?.issues[0]?.message).toBe(
      'Enter the amount received like 1,250.00.',
    );
  });

  it('allows zero when asked to', () => {
    expect(moneyTextField('deposit', { allowZero: true }).parse('0')).toBe(0);
  });
});
