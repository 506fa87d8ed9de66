import { describe, expect, it } from 'vitest';
import { validateUsBankAccountNumber } from './us-bank-account-number.js';

describe('validateUsBankAccountNumber', () => {
  it('accepts 4 to 17 digits', () => {
    expect(validateUsBankAccountNumber('1234')).toBe(true);
    expect(validateUsBankAccountNumber('000123456789')).toBe(true);
    expect(validateUsBankAccountNumber('12345678901234567')).toBe(true);
  });

  it('rejects 3 or 18 digits', () => {
    expect(validateUsBankAccountNumber('123')).toBe(false);
    expect(validateUsBankAccountNumber('123456789012345678')).toBe(false);
  });

  it('rejects anything that is not digits only', () => {
    for (const input of ['1234-5678', '1234 5678', 'ABCD1234', '']) {
      expect(validateUsBankAccountNumber(input)).toBe(false);
    }
  });
});
