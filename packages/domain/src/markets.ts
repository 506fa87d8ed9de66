import type { Currency } from './money/minor.js';

/** One deployment serves one market; the domain supports both. */
export type Market = 'UK' | 'US';

export interface MarketProfile {
  market: Market;
  currency: Currency;
  locale: string;
  /** The recurring-payment scheme customers set up. */
  recurringPayment: 'bacs_direct_debit' | 'ach_autopay';
}

export const MARKETS: Readonly<Record<Market, MarketProfile>> = {
  UK: { market: 'UK', currency: 'GBP', locale: 'en-GB', recurringPayment: 'bacs_direct_debit' },
  US: { market: 'US', currency: 'USD', locale: 'en-US', recurringPayment: 'ach_autopay' },
};

export function isMarket(value: unknown): value is Market {
  return value === 'UK' || value === 'US';
}
