import type { Kysely } from 'kysely';
import type { OutboxRow } from '../../db/account-security-tables.js';
import type { Database } from '../../db/schema.js';

/** The latest messages in the outbox, newest first, optionally for one address. */
export async function latestMail(
  db: Kysely<Database>,
  options: { to?: string; limit?: number } = {},
): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox').selectAll();
  if (options.to !== undefined) query = query.where('to_address', '=', options.to);
  return query
    .orderBy('seq', 'desc')
    .limit(options.limit ?? 20)
    .execute();
}
