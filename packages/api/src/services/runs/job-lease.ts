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
