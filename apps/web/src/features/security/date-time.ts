const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment (an ISO timestamp from the API) as the customer reads it in the market's locale and
 * their own time zone, e.g. "23 Nov 2026, 14:05"; the raw text when it is not a timestamp.
 */
export function formatDateTime(timestamp: string, locale: string, timeZone?: string): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  const key = `${locale}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}
