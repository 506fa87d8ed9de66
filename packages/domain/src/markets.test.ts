import { describe, expect, it } from 'vitest';
import { isMarket, MARKETS } from './markets.js';

describe('markets', () => {
  it('pairs the UK with pounds and Bacs Direct Debit, the US with dollars and ACH autopay', () => {
    expect(MARKETS.UK).toMatchObject({ currency: 'GBP', recurringPayment: 'bacs_direct_debit' });
    expect(MARKETS.US).toMatchObject({ currency: 'USD', recurringPayment: 'ach_autopay' });
  });

  it('recognises only the two markets', () => {
    expect(isMarket('UK')).toBe(true);
    expect(isMarket('US')).toBe(true);
    expect(isMarket('uk')).toBe(false);
    expect(isMarket(undefined)).toBe(false);
  });
});
