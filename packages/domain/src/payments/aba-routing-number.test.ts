import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAbaRoutingNumber } from './aba-routing-number.js';

/** Completes eight digits with whichever ninth digit the checksum accepts (exactly one does). */
function withValidCheckDigit(first8: string): string {
  const candidates = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
    .map((digit) => first8 + digit)
    .filter(validateAbaRoutingNumber);
  expect(candidates).toHaveLength(1);
  return candidates[0] ?? '';
}

describe('validateAbaRoutingNumber', () => {
  it('accepts 021000021, 111000025 and 011000015', () => {
    expect(validateAbaRoutingNumber('021000021')).toBe(true);
    expect(validateAbaRoutingNumber('111000025')).toBe(true);
    expect(validateAbaRoutingNumber('011000015')).toBe(true);
  });

  it('rejects 123456789, whose 3-7-1 sum is not a multiple of 10', () => {
    expect(validateAbaRoutingNumber('123456789')).toBe(false);
  });

  it('rejects anything but exactly nine digits', () => {
    for (const input of ['02100002', '0210000210', '02100002a', '021-000-021', ' 021000021', '']) {
      expect(validateAbaRoutingNumber(input)).toBe(false);
    }
  });

  it('catches every single-digit change to a valid routing number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (value, position, shift) => {
          const routing = withValidCheckDigit(String(value).padStart(8, '0'));
          const changed = (Number(routing[position]) + shift) % 10;
          const mistyped = `${routing.slice(0, position)}${changed}${routing.slice(position + 1)}`;
          expect(validateAbaRoutingNumber(mistyped)).toBe(false);
        },
      ),
    );
  });
});
