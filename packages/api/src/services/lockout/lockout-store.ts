import { UNLOCKED, type LockoutState } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';

/**
 * Which counter a failure counts against (OWASP device cookies): a trusted device's own, the
 * account's counter for every other client, or the account's second-factor counter.
 */
export type LockoutKey =
  | { kind: 'account'; accountId: string }
  | { kind: 'device'; accountId: string; deviceId: string }
  | { kind: 'mfa'; accountId: string };

function keyText(key: LockoutKey): string {
  return key.kind === 'device' ? `device:${key.deviceId}` : `${key.kind}:${key.accountId}`;
}

/** The stored state of a counter; UNLOCKED when it has none. */
export async function loadLockout(db: Kysely<Database>, key: LockoutKey): Promise<LockoutState> {
  const row = await db
    .selectFrom('lockouts')
    .selectAll()
    .where('key', '=', keyText(key))
    .executeTakeFirst();
  if (row === undefined) return UNLOCKED;
  return {
    failures: row.failures,
    lastFailureAt: row.last_failure_at === null ? null : new Date(row.last_failure_at),
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
    temporaryLockouts: row.temporary_lockouts,
    permanent: row.permanent === 1,
  };
}

/** Stores a counter's new state (an upsert: one row per counter). */
export async function saveLockout(
  db: Kysely<Database>,
  key: LockoutKey,
  state: LockoutState,
  now: Date,
): Promise<void> {
  const values = {
    failures: state.failures,
    last_failure_at: state.lastFailureAt === null ? null : instant(state.lastFailureAt),
    locked_until: state.lockedUntil === null ? null : instant(state.lockedUntil),
    temporary_lockouts: state.temporaryLockouts,
    permanent: state.permanent ? (1 as const) : (0 as const),
    updated_at: instant(now),
  };
  await db
    .insertInto('lockouts')
    .values({ key: keyText(key), account_id: key.accountId, ...values })
    .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
    .execute();
}

/** Clears every counter of an account (password reset, staff unlock); returns how many there were. */
export async function clearLockouts(db: Kysely<Database>, accountId: string): Promise<number> {
  const result = await db
    .deleteFrom('lockouts')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
