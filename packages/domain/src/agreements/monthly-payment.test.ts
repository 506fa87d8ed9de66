import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../money/minor.js';
import { FinanceError } from './finance-error.js';
import { monthlyPayment } from './monthly-payment.js';

describe('monthlyPayment', () => {
  it('repays 10,000.00 at 6 % over 36 months with 304.22 a month', () => {
    expect(monthlyPayment(1_000_000, 6, 36)).toBe(30_422);
  });

  it('repays 1,000.00 at 20 % over 12 months with 92.63 a month', () => {
    expect(monthlyPayment(100_000, 20, 12)).toBe(9_263);
  });

  it('leaves the balloon owing: 10,000.00 at 6 % over 36 months down to 4,000.00 costs 202.53', () => {
    // (1,000,000 − 400,000·1.005^−36)·0.005 / (1 − 1.005^−36) = 20,253.16…, rounded half up.
    expect(monthlyPayment(1_000_000, 6, 36, 400_000)).toBe(20_253);
  });

  it('splits the credit less the balloon evenly at 0 %, rounding half up', () => {
    expect(monthlyPayment(1_200_000, 0, 24)).toBe(50_000);
    expect(monthlyPayment(1_000, 0, 3)).toBe(333);
    expect(monthlyPayment(1_000, 0, 8)).toBe(125);
    expect(monthlyPayment(500, 0, 4)).toBe(125);
    expect(monthlyPayment(1_000_000, 0, 36, 280_000)).toBe(20_000);
  });

  it('charges interest only when the balloon is the whole credit', () => {
    expect(monthlyPayment(1_000_000, 6, 36, 1_000_000)).toBe(5_000);
  });

  it('keeps its precision at a tiny rate, where 1 − vⁿ loses digits', () => {
    expect(monthlyPayment(1_000_000, 0.000_001, 60)).toBe(16_667);
  });

  it('refuses money that is not a whole number of minor units', () => {
    expect(() => monthlyPayment(1_000.5, 6, 36)).toThrow(MoneyError);
    expect(() => monthlyPayment(1_000_000, 6, 36, 0.1)).toThrow(MoneyError);
  });

  it('refuses a term under one month, a fractional term, a negative rate and a balloon above the credit', () => {
    const refusals = [
      () => monthlyPayment(1_000_000, 6, 0),
      () => monthlyPayment(1_000_000, 6, 12.5),
      () => monthlyPayment(1_000_000, -1, 36),
      () => monthlyPayment(1_000_000, Number.NaN, 36),
      () => monthlyPayment(1_000_000, 6, 36, 1_000_001),
      () => monthlyPayment(-1, 6, 36),
    ];
    for (const refusal of refusals) {
      expect(refusal).toThrow(FinanceError);
    }
  });

  it('is the payment that, unrounded, brings the balance to the balloon (within the rounding of the payment)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (credit, rate, term, balloonShare) => {
          const balloon = Math.floor(credit * balloonShare);
          const payment = monthlyPayment(credit, rate, term, balloon);
          const monthlyRate = rate / 1_200;
          let balance = credit;
          let growthOfHalfPenny = 0;
          for (let month = 0; month < term; month += 1) {
            balance = balance * (1 + monthlyRate) - payment;
            growthOfHalfPenny = growthOfHalfPenny * (1 + monthlyRate) + 0.5;
          }
          expect(Number.isSafeInteger(payment)).toBe(true);
          expect(Math.abs(balance - balloon)).toBeLessThanOrEqual(
            growthOfHalfPenny + 1e-6 * credit,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('costs more at a higher rate and less over a longer term', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 10_000_000 }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 96 }),
        fc.integer({ min: 0, max: 24 }),
        (credit, rate, extraRate, term, extraMonths) => {
          const payment = monthlyPayment(credit, rate, term);
          expect(monthlyPayment(credit, rate + extraRate, term)).toBeGreaterThanOrEqual(payment);
          expect(monthlyPayment(credit, rate, term + extraMonths)).toBeLessThanOrEqual(payment);
        },
      ),
      { numRuns: 200 },
    );
  });
});
