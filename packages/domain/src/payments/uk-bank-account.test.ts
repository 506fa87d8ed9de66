import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUkBankAccount } from './uk-bank-account.js';

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((ds) => ds.join(''));

describe('validateUkBankAccount', () => {
  it('accepts 089999 66374958 and 107999 88837491', () => {
    expect(validateUkBankAccount('089999', '66374958')).toEqual({ valid: true });
    expect(validateUkBankAccount('107999', '88837491')).toEqual({ valid: true });
  });

  it('rejects 089999 66374959 and 107999 88837493 as a modulus mismatch', () => {
    for (const [sortCode, accountNumber] of [
      ['089999', '66374959'],
      ['107999', '88837493'],
    ] as const) {
      expect(validateUkBankAccount(sortCode, accountNumber)).toEqual({
        valid: false,
        reason: 'modulus',
        message: 'This account number does not match the sort code: please check both.',
      });
    }
  });

  it('accepts the sort code written 08-99-99, 08 99 99 or 089999', () => {
    for (const sortCode of ['08-99-99', '08 99 99', '089999']) {
      expect(validateUkBankAccount(sortCode, '66374958')).toEqual({ valid: true });
    }
  });

  it('accepts any well-formed account at a sort code with no row in the weight table', () => {
    // The first row of the v8.50 table starts at 010004.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_003 }), digits(8), (sortCode, accountNumber) => {
        const result = validateUkBankAccount(String(sortCode).padStart(6, '0'), accountNumber);
        expect(result).toEqual({ valid: true });
      }),
    );
  });

  it('checks 6- and 7-digit account numbers as if padded with leading zeros', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 6, max: 7 }).chain(digits),
        (sortCode, accountNumber) => {
          const code = String(sortCode).padStart(6, '0');
          expect(validateUkBankAccount(code, accountNumber)).toEqual(
            validateUkBankAccount(code, accountNumber.padStart(8, '0')),
          );
        },
      ),
    );
  });

  it('moves the first digit of a 9-digit account number into the sort code (Santander)', () => {
    // Checked as 089999 66374958 and 089999 66374959.
    expect(validateUkBankAccount('089990', '966374958')).toEqual({ valid: true });
    expect(validateUkBankAccount('089990', '966374959')).toMatchObject({ reason: 'modulus' });
  });

  it('refuses a 10-digit account number, which needs the bank to be known, asking for the 8 digits', () => {
    expect(validateUkBankAccount('089999', '1266374958')).toEqual({
      valid: false,
      reason: 'format',
      message:
        'We cannot check 10-digit account numbers: enter the 8-digit account number your bank uses for Direct Debits.',
    });
  });

  it('refuses account numbers of fewer than 6 or more than 10 digits', () => {
    for (const accountNumber of ['', '12345', '12345678901']) {
      expect(validateUkBankAccount('089999', accountNumber)).toEqual({
        valid: false,
        reason: 'format',
        message: 'Enter the account number: 8 digits (6, 7 or 9 for some banks).',
      });
    }
  });

  it('refuses an account number with anything but digits', () => {
    for (const accountNumber of ['6637 4958', '6637-4958', '6637495O']) {
      expect(validateUkBankAccount('089999', accountNumber)).toEqual({
        valid: false,
        reason: 'format',
        message: 'Enter the account number using digits only.',
      });
    }
  });

  it('refuses a malformed sort code before looking at the account number', () => {
    for (const sortCode of ['08999', '08-99-9', '08/99/99', '']) {
      expect(validateUkBankAccount(sortCode, 'not an account')).toEqual({
        valid: false,
        reason: 'format',
        message: 'Enter the sort code as 6 digits, for example 08-99-99.',
      });
    }
  });
});
