import { describe, expect, it } from 'vitest';
import { isValidUkPostcode, normalisePostcode } from './uk-postcode.js';

describe('normalisePostcode', () => {
  it('upper-cases and removes spaces', () => {
    expect(normalisePostcode('sw1a 1aa')).toBe('SW1A1AA');
    expect(normalisePostcode(' sw1a 1aa ')).toBe('SW1A1AA');
    expect(normalisePostcode('SW1A1AA')).toBe('SW1A1AA');
  });
});

describe('isValidUkPostcode', () => {
  it('accepts every outward-code shape, in any case and spacing', () => {
    for (const postcode of [
      'M1 1AE',
      'B33 8TH',
      'W1A 0AX',
      'CR2 6XH',
      'DN55 1PT',
      'EC1A 1BB',
      'sw1a1aa',
      ' GIR 0AA ',
    ]) {
      expect(isValidUkPostcode(postcode), postcode).toBe(true);
    }
  });

  it('refuses malformed postcodes and letters a position never uses', () => {
    for (const postcode of [
      '',
      '12345',
      'SW1A 1A',
      'SW1A 1AAA',
      'Q1 1AA', // Q never starts a postcode
      'SW1A 1AC', // C never appears in the inward code
      'AB1 CDE',
      'SW1A 1AA extra',
    ]) {
      expect(isValidUkPostcode(postcode), postcode).toBe(false);
    }
  });
});
