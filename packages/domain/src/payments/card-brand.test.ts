import { describe, expect, it } from 'vitest';
import { cardBrand } from './card-brand.js';

describe('cardBrand', () => {
  it.each([
    ['4242424242424242', 'visa'],
    ['4000 0566 5566 5556', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['5105-1051-0510-5100', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720990000000007', 'mastercard'],
    ['378282246310005', 'amex'],
    ['341111111111111', 'amex'],
    ['6011111111111117', 'discover'],
    ['6445644564456445', 'discover'],
    ['6500000000000002', 'discover'],
    ['3056930009020004', 'diners'],
    ['36227206271667', 'diners'],
    ['3095000000000002', 'diners'],
    ['3566002020360505', 'jcb'],
    ['3528000000000007', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['8100000000000004', 'unionpay'],
    ['6759649826438453', 'maestro'],
    ['5018000000000009', 'maestro'],
    ['6763000000000000', 'maestro'],
  ] as const)('recognises %s as %s', (pan, brand) => {
    expect(cardBrand(pan)).toBe(brand);
  });

  it('tells the brand from the first digits while the number is being typed', () => {
    expect(cardBrand('4')).toBe('visa');
    expect(cardBrand('37')).toBe('amex');
    expect(cardBrand('2221')).toBe('mastercard');
  });

  it('is unknown until there are enough digits to tell', () => {
    expect(cardBrand('5')).toBe('unknown');
    expect(cardBrand('222')).toBe('unknown');
  });

  it('is unknown just outside the Mastercard 2-series range', () => {
    expect(cardBrand('2220999999999999')).toBe('unknown');
    expect(cardBrand('2721000000000000')).toBe('unknown');
  });

  it('is unknown for unassigned prefixes and for anything that is not a card number', () => {
    expect(cardBrand('1234567890123456')).toBe('unknown');
    expect(cardBrand('9999999999999999')).toBe('unknown');
    expect(cardBrand('4242.4242')).toBe('unknown');
    expect(cardBrand('')).toBe('unknown');
  });
});
