import {
  lockStatus,
  recordFailure,
  UNLOCKED,
  type LockoutPolicy,
  type LockoutState,
} from '@marque/domain';
import type { Kysely } from 'kysely';
import { isPostgres } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';

/**
 * Which counter a failure counts against (OWASP device cookies): a trusted device's own, the
 * account's counter for every other client, or the account's second-factor counter. Staff have a
 * password and a second-factor counter of their own, kept in `staff_lockouts`.
 */
export type LockoutKey =
  | { kind: 'account'; accountId: string }
  | { kind: 'device'; accountId: string; deviceId: string }
  | { kind: 'mfa'; accountId: string }
  | { kind: 'staff'; staffId: string }
  | { kind: 'staff_mfa'; staffId: string };

function keyText(key: LockoutKey): string {
  switch (key.kind) {
    case 'device':
      return `device:${key.deviceId}`;
    case 'staff':
    case 'staff_mfa':
      return `${key.kind}:${key.staffId}`;
    default:
      return `${key.kind}:${key.accountId}`;
  }
}

/**
 * Where a counter is stored: the same columns in both tables, each row tied to its owner by a
 * foreign key (a customer's account or a staff member), so deleting the owner deletes its counters.
 */
function counterTable(key: LockoutKey) {
  return key.kind === 'staff' || key.kind === 'staff_mfa'
    ? { table: 'staff_lockouts' as const, owner: { staff_id: key.staffId } }
    : { table: 'lockouts' as const, owner: { account_id: key.accountId } };
}

/** The stored state of a counter; UNLOCKED when it has none. `forUpdate` locks its row (PostgreSQL). */
export async function loadLockout(
  db: Kysely<Database>,
  key: LockoutKey,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<LockoutState> {
  const row = await db
    .selectFrom(counterTable(key).table)
    .select(['failures', 'last_failure_at', 'locked_until', 'temporary_lockouts', 'permanent'])
    .where('key', '=', keyText(key))
    .$if(forUpdate, (query) => query.forUpdate())
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

/** Stores a counter's new state (an upsert: one row per counter; `keepExisting` only creates a missing row). */
export async function saveLockout(
  db: Kysely<Database>,
  key: LockoutKey,
  state: LockoutState,
  now: Date,
  { keepExisting = false }: { keepExisting?: boolean } = {},
): Promise<void> {
  const values = {
    failures: state.failures,
    last_failure_at: state.lastFailureAt === null ? null : instant(state.lastFailureAt),
    locked_until: state.lockedUntil === null ? null : instant(state.lockedUntil),
    temporary_lockouts: state.temporaryLockouts,
    permanent: state.permanent ? (1 as const) : (0 as const),
    updated_at: instant(now),
  };
  const { table, owner } = counterTable(key);
  await db
    .insertInto(table)
    .values({ key: keyText(key), ...owner, ...values })
    .onConflict((conflict) =>
      keepExisting
        ? conflict.column('key').doNothing()
        : conflict.column('key').doUpdateSet(values),
    )
    .execute();
}

/**
 * Counts one failure against the counter's stored state as it is now, not as it was read before the
 * password check: concurrent wrong guesses (several API instances, one PostgreSQL) each count, so
 * none slips past the lock. PostgreSQL locks the counter's row; SQLite runs one write transaction
 * at a time anyway (and has no FOR UPDATE). `startedLock` is true only for the failure that began a
 * lock, so exactly one request reports it.
 */
export async function countLockoutFailure(
  db: Kysely<Database>,
  key: LockoutKey,
  now: Date,
  policy: LockoutPolicy,
): Promise<{ state: LockoutState; startedLock: boolean }> {
  return db.transaction().execute(async (trx) => {
    await saveLockout(trx, key, UNLOCKED, now, { keepExisting: true });
    const current = await loadLockout(trx, key, { forUpdate: isPostgres(db) });
    const next = recordFailure(current, now, policy);
    if (next !== current) await saveLockout(trx, key, next, now);
    const startedLock =
      !lockStatus(current, now, policy).locked && lockStatus(next, now, policy).locked;
    return { state: next, startedLock };
  });
}

/** Clears every counter of an account (password reset, staff unlock); returns how many there were. */
export async function clearLockouts(db: Kysely<Database>, accountId: string): Promise<number> {
  const result = await db
    .deleteFrom('lockouts')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
