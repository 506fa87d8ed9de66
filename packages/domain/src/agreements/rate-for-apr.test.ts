import { describe, expect, it } from 'vitest';
import { anHpAgreement, aPcpAgreement } from '../testing/index.js';
import { aprOf } from './apr.js';
import { nominalRateForApr } from './rate-for-apr.js';

describe('nominalRateForApr', () => {
  it('finds the lowest basis-point rate that discloses the APR, for HP and PCP', () => {
    for (const agreement of [anHpAgreement(), aPcpAgreement()]) {
      for (const apr of [0.1, 4.9, 6.9, 9.9, 19.9]) {
        const rate = nominalRateForApr(agreement, apr);
        expect(rate).not.toBeNull();
        const found = rate ?? 0;
        expect(aprOf({ ...agreement, annualRatePercent: found }).rounded).toBe(apr);
        if (found > 0) {
          const lower = Math.round(found * 100 - 1) / 100;
          expect(aprOf({ ...agreement, annualRatePercent: lower }).rounded).toBeLessThan(apr);
        }
      }
    }
  });

  it('answers a 0 % rate for a 0 % APR with no fees', () => {
    expect(nominalRateForApr({ ...anHpAgreement(), optionToPurchaseFee: 0 }, 0)).toBe(0);
  });

  it('has no answer for an APR no rate up to 50 % discloses', () => {
    expect(nominalRateForApr(anHpAgreement(), 99.9)).toBeNull();
  });
});
