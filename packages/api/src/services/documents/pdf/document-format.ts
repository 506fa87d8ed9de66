import type { IsoDate } from '@marque/domain';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as a letter prints it: '31 October 2026' (UK), 'October 31, 2026' (US). */
export function longDate(date: IsoDate, locale: string): string {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}
