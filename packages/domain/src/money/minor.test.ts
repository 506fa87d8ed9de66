import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertMinor, isMinor, MoneyError, roundHalfUp, sumMinor } from './minor.js';

describe('isMinor / assertMinor', () => {
  it('accepts safe integers only', () => {
    expect(isMinor(30422)).toBe(true);
    expect(isMinor(-5)).toBe(true);
    expect(isMinor(304.22)).toBe(false);
    expect(isMinor(Number.NaN)).toBe(false);
    expect(isMinor(2 ** 53)).toBe(false);
    expect(isMinor('100')).toBe(false);
  });

  it('names the figure it refuses', () => {
    expect(() => assertMinor(1.5, 'deposit')).toThrow(
      new MoneyError('deposit must be a whole number of minor units, got 1.5'),
    );
    expect(assertMinor(150)).toBe(150);
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero and everything else to the nearest unit', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(-2.4)).toBe(-2);
    expect(roundHalfUp(30421.94)).toBe(30422);
  });

  it('rounds decimal halves that binary floating point stores just below .5 up', () => {
    expect(100 * 1.005).toBeLessThan(100.5);
    expect(roundHalfUp(100 * 1.005)).toBe(101);
    expect(roundHalfUp(0.5 * 1.0000000000000002)).toBe(1);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });

  it('refuses infinities and NaN', () => {
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY)).toThrow(MoneyError);
    expect(() => roundHalfUp(Number.NaN)).toThrow(MoneyError);
  });

  it('is within half a unit of its input (plus the nudge) and leaves integers alone', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(Math.abs(roundHalfUp(value) - value)).toBeLessThanOrEqual(
          0.5 + Math.abs(value) * 1e-12,
        );
      }),
    );
    fc.assert(fc.property(fc.integer(), (value) => roundHalfUp(value) === value));
  });
});

describe('sumMinor', () => {
  it('adds minor units and refuses a fraction anywhere in the list', () => {
    expect(sumMinor([100, 250, -50])).toBe(300);
    expect(sumMinor([])).toBe(0);
    expect(() => sumMinor([100, 0.1])).toThrow(MoneyError);
  });
});
