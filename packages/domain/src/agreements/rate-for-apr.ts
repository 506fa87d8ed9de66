import type { CreditAgreement } from './agreement.js';
import { aprOf } from './apr.js';

/** The highest nominal rate searched, in basis points (50 %): beyond any consumer motor finance. */
const HIGHEST_RATE_BP = 5000;

/**
 * The nominal annual rate, to the basis point, at which an HP or PCP agreement discloses `aprPercent`
 * as its APR (CONC App 1, one decimal place): the lowest such rate, for a dealer who quotes the APR.
 * The APR rises with the rate, so a binary search over basis points finds it. Null when no rate up to
 * 50 % discloses exactly that APR (e.g. an APR below what the fees alone cost).
 */
export function nominalRateForApr(agreement: CreditAgreement, aprPercent: number): number | null {
  const aprAt = (bp: number) => aprOf({ ...agreement, annualRatePercent: bp / 100 }).rounded;
  let low = 0;
  let high = HIGHEST_RATE_BP;
  if (aprAt(high) < aprPercent) return null;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (aprAt(middle) < aprPercent) low = middle + 1;
    else high = middle;
  }
  return aprAt(low) === aprPercent ? low / 100 : null;
}
