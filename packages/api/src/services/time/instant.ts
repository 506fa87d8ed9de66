/** An instant as stored: ISO-8601 UTC text, which orders lexicographically on both databases. */
export type Instant = string;

/** The stored form of `date`. */
export function instant(date: Date): Instant {
  return date.toISOString();
}

/** The stored form of `seconds` after `date`. */
export function secondsAfter(date: Date, seconds: number): Instant {
  return new Date(date.getTime() + seconds * 1000).toISOString();
}

/** Whole seconds from `now` until `later`, at least 1 (for Retry-After and "try again in"). */
export function secondsUntil(now: Date, later: Date | Instant): number {
  const end = typeof later === 'string' ? Date.parse(later) : later.getTime();
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}
