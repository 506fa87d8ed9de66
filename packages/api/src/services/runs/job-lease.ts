import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { instant, secondsAfter } from '../time/instant.js';

/**
 * A lease on a named job held in the database, so it holds across every API instance on SQLite
 * and PostgreSQL alike: taking it is one insert (or one update of an expired row), which only one
 * caller can win. The holder renews it while working; if the holder dies, it expires.
 */
export async function acquireLease(
  db: Kysely<Database>,
  lease: { name: string; holder: string; seconds: number },
  now: Date,
): Promise<boolean> {
  const expiresAt = secondsAfter(now, lease.seconds);
  const inserted = await db
    .insertInto('job_leases')
    .values({ name: lease.name, holder: lease.holder, expires_at: expiresAt })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return true;
  const taken = await db
    .updateTable('job_leases')
    .set({ holder: lease.holder, expires_at: expiresAt })
    .where('name', '=', lease.name)
    .where('expires_at', '<=', instant(now))
    .executeTakeFirst();
  return taken.numUpdatedRows > 0n;
}

/** Extends a lease its holder still holds; false when it expired and someone else took it. */
export async function renewLease(
  db: Kysely<Database>,
  lease: { name: string; holder: string; seconds: number },
  now: Date,
): Promise<boolean> {
  const renewed = await db
    .updateTable('job_leases')
    .set({ expires_at: secondsAfter(now, lease.seconds) })
    .where('name', '=', lease.name)
    .where('holder', '=', lease.holder)
    .executeTakeFirst();
  return renewed.numUpdatedRows > 0n;
}

/** Gives a lease up, if this holder still holds it. */
export async function releaseLease(
  db: Kysely<Database>,
  lease: { name: string; holder: string },
): Promise<void> {
  await db
    .deleteFrom('job_leases')
    .where('name', '=', lease.name)
    .where('holder', '=', lease.holder)
    .execute();
}

export interface HeldLease {
  name: string;
  holder: string;
  seconds: number;
}

/**
 * Runs `work` under a lease the caller has taken, renewing it four times a lease period (and
 * calling `onRenew`, e.g. to record a heartbeat) and giving it up when the work ends, whatever
 * the outcome. A holder that dies stops renewing, so the lease frees itself.
 */
export async function keepLeaseWhile<T>(
  deps: { db: Kysely<Database>; clock: () => Date },
  lease: HeldLease,
  work: () => Promise<T>,
  onRenew: (now: Date) => Promise<void> = () => Promise.resolve(),
): Promise<T> {
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = renewing.then(async () => {
        const now = deps.clock();
        await renewLease(deps.db, lease, now);
        await onRenew(now);
      });
    },
    (lease.seconds * 1000) / 4,
  );
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    await renewing.catch(() => undefined);
    await releaseLease(deps.db, lease);
  }
}

/** Takes the lease and runs `work` under it; `held: false` (and nothing run) when someone else holds it. */
export async function runUnderLease<T>(
  deps: { db: Kysely<Database>; clock: () => Date },
  lease: HeldLease,
  work: () => Promise<T>,
): Promise<{ held: true; result: T } | { held: false }> {
  if (!(await acquireLease(deps.db, lease, deps.clock()))) return { held: false };
  return { held: true, result: await keepLeaseWhile(deps, lease, work) };
}

/** The lease every run of a kind takes, from the console or the command line: one at a time. */
export function runLease(
  kind: 'collection' | 'statement' | 'reminders',
  holder: string,
): HeldLease {
  return { name: `run:${kind}`, holder, seconds: 60 };
}
