import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { RateLimitRule } from '../../config.js';
import type { Database } from '../../db/schema.js';
import { RateLimitedCause } from '../../trpc/rate-limited-error.js';
import { instant, secondsUntil } from '../time/instant.js';

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit for `key` in a fixed window and says whether it is within the rule. The count is
 * a single atomic upsert in the database, so the limit holds across every API instance.
 */
export async function hitRateLimit(
  db: Kysely<Database>,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<RateLimitOutcome> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = instant(new Date(Math.floor(now.getTime() / windowMs) * windowMs));
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => ({
        hits: eb
          .case()
          .when('rate_limits.window_start', '=', windowStart)
          .then(eb('rate_limits.hits', '+', 1))
          .else(1)
          .end(),
        window_start: windowStart,
      })),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  if (row.hits <= rule.limit) return { allowed: true };
  const windowEnd = new Date(Date.parse(row.window_start) + windowMs);
  return { allowed: false, retryAfterSeconds: secondsUntil(now, windowEnd) };
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Throws TOO_MANY_REQUESTS (with Retry-After and data.retryAfterSeconds) once `key` is over its rule. */
export async function enforceRateLimit(
  db: Kysely<Database>,
  resHeaders: Headers,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<void> {
  const outcome = await hitRateLimit(db, key, rule, now);
  if (outcome.allowed) return;
  resHeaders.set('Retry-After', String(outcome.retryAfterSeconds));
  throw new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `Too many attempts. Please wait ${waitText(outcome.retryAfterSeconds)} and try again.`,
    cause: new RateLimitedCause(outcome.retryAfterSeconds),
  });
}
