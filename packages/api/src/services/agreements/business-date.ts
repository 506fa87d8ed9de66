import type { IsoDate, Market } from '@marque/domain';

/** The time zone each market keeps its business day and opening hours in. */
export const MARKET_TIME_ZONES: Readonly<Record<Market, string>> = {
  UK: 'Europe/London',
  US: 'America/New_York',
};

const formatters = new Map<Market, Intl.DateTimeFormat>();

/**
 * The lender's calendar date at `now`: a payment falls due on the market's own day, so at 00:30 in
 * a British summer it is already tomorrow while UTC still says today.
 */
export function businessDate(now: Date, market: Market): IsoDate {
  let formatter = formatters.get(market);
  if (formatter === undefined) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: MARKET_TIME_ZONES[market],
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(market, formatter);
  }
  return formatter.format(now);
}
