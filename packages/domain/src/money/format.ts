import { assertMinor, type Currency, type Minor } from './minor.js';

const LOCALE: Record<Currency, string> = { GBP: 'en-GB', USD: 'en-US' };
const formatters = new Map<Currency, Intl.NumberFormat>();

/** Formats minor units for display, e.g. 123456 GBP → "£1,234.56". */
export function formatMoney(amount: Minor, currency: Currency): string {
  assertMinor(amount);
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE[currency], { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(amount / 100);
}
