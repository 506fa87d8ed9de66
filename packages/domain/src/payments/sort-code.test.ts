import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSortCode, normaliseSortCode, SortCodeError } from './sort-code.js';

describe('normaliseSortCode', () => {
  it('reads 08-99-99, 08 99 99 and 089999 as 089999', () => {
    expect(normaliseSortCode('08-99-99')).toBe('089999');
    expect(normaliseSortCode('08 99 99')).toBe('089999');
    expect(normaliseSortCode('089999')).toBe('089999');
  });

  it('ignores spaces around the sort code', () => {
    expect(normaliseSortCode(' 08-99-99 ')).toBe('089999');
  });

  it('is null for anything else', () => {
    for (const input of [
      '08999',
      '0899999',
      '08-9999',
      '08-99 99',
      '08--99-99',
      '08.99.99',
      'O89999',
      '',
    ]) {
      expect(normaliseSortCode(input)).toBeNull();
    }
  });
});

describe('formatSortCode', () => {
  it("writes 089999 as '08-99-99'", () => {
    expect(formatSortCode('089999')).toBe('08-99-99');
  });

  it('accepts any way of writing a sort code', () => {
    expect(formatSortCode('08 99 99')).toBe('08-99-99');
  });

  it('refuses to format something that is not a sort code', () => {
    expect(() => formatSortCode('12345')).toThrow(SortCodeError);
  });

  it('round-trips with normaliseSortCode for every six digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (value) => {
        const digits = String(value).padStart(6, '0');
        expect(normaliseSortCode(formatSortCode(digits))).toBe(digits);
      }),
    );
  });
});
