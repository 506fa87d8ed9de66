import { assertMinor, roundHalfUp, type Minor } from '../money/minor.js';
import { assertNonNegativeMinor, FinanceError } from './finance-error.js';

/** The annuity formula, payment in arrears: the level monthly payment that repays `credit` down to `balloon` over the term. */
export function monthlyPayment(
  credit: Minor,
  annualRatePercent: number,
  termMonths: number,
  balloon: Minor = 0,
): Minor {
  assertNonNegativeMinor(credit, 'amount of credit');
  assertNonNegativeMinor(balloon, 'balloon');
  const rate = monthlyRateOf(annualRatePercent);
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new FinanceError(
      'invalid_terms',
      `term must be a whole number of months ≥ 1, got ${termMonths}`,
    );
  }
  if (balloon > credit) {
    throw new FinanceError(
      'invalid_terms',
      `balloon ${balloon} exceeds the amount of credit ${credit}`,
    );
  }
  if (rate === 0) return roundHalfUp((credit - balloon) / termMonths);
  // vⁿ and 1 − vⁿ through log1p/expm1: at small rates 1 − vⁿ computed directly loses most of its digits.
  const logDiscount = -termMonths * Math.log1p(rate);
  const payment = ((credit - balloon * Math.exp(logDiscount)) * rate) / -Math.expm1(logDiscount);
  return assertMinor(roundHalfUp(payment), 'monthly payment');
}

/** The monthly rate as a fraction: a nominal annual percentage spread evenly over twelve months. */
export function monthlyRateOf(annualRatePercent: number): number {
  if (!Number.isFinite(annualRatePercent) || annualRatePercent < 0) {
    throw new FinanceError(
      'invalid_terms',
      `annual rate must be a finite percentage ≥ 0, got ${annualRatePercent}`,
    );
  }
  return annualRatePercent / 12 / 100;
}
