import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardNumberError } from './card-number.js';
import { isCardNumber, luhnCheckDigit, luhnValid } from './luhn.js';

const digitString = (minLength: number, maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength, maxLength })
    .map((digits) => digits.join(''));

describe('luhnValid', () => {
  it('accepts 4242424242424242', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
  });

  it('accepts the reference 79927398713', () => {
    expect(luhnValid('79927398713')).toBe(true);
  });

  it('rejects the reference 79927398710, whose check digit is wrong', () => {
    expect(luhnValid('79927398710')).toBe(false);
  });

  it('leaves the sum unchanged with leading zeros', () => {
    expect(luhnValid('079927398713')).toBe(true);
  });

  it('treats 79927398713 as a valid Luhn number but not a card number (11 digits is below the 12-digit PAN minimum)', () => {
    expect(isCardNumber('79927398713')).toBe(false);
    expect(isCardNumber('4242 4242 4242 4242')).toBe(true);
    expect(isCardNumber('4242 4242 4242 4241')).toBe(false);
  });

  it('accepts up to 19 digits and rejects 20', () => {
    expect(luhnValid(`${'0'.repeat(8)}79927398713`)).toBe(true);
    expect(luhnValid(`${'0'.repeat(9)}79927398713`)).toBe(false);
  });

  it('ignores spaces and hyphens but nothing else', () => {
    expect(luhnValid('4242 4242 4242 4242')).toBe(true);
    expect(luhnValid('4242-4242-4242-4242')).toBe(true);
    expect(luhnValid('4242.4242.4242.4242')).toBe(false);
    expect(luhnValid('4242\t4242424242424')).toBe(false);
    expect(luhnValid('４２４２424242424242')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('validates every number completed with its computed check digit', () => {
    fc.assert(
      fc.property(digitString(11, 18), (body) => {
        expect(luhnValid(`${body}${luhnCheckDigit(body)}`)).toBe(true);
      }),
    );
  });

  it('catches every single-digit change to a valid number', () => {
    fc.assert(
      fc.property(
        digitString(11, 18),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (body, at, shift) => {
          const pan = `${body}${luhnCheckDigit(body)}`;
          const position = at % pan.length;
          const changed = (Number(pan[position]) + shift) % 10;
          const mistyped = `${pan.slice(0, position)}${changed}${pan.slice(position + 1)}`;
          expect(luhnValid(mistyped)).toBe(false);
        },
      ),
    );
  });
});

describe('luhnCheckDigit', () => {
  it('gives 3 for 7992739871 (the reference 79927398713)', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });

  it('refuses a body that is not all digits', () => {
    expect(() => luhnCheckDigit('7992 739871')).toThrow(CardNumberError);
    expect(() => luhnCheckDigit('')).toThrow(CardNumberError);
  });
});
