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

/** One page of the outbox for the staff mailbox, newest first: the messages before `before` (a seq). */
export async function mailboxPage(
  db: Kysely<Database>,
  page: { before?: number | undefined; limit: number },
): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .$if(page.before !== undefined, (query) => query.where('seq', '<', page.before ?? 0))
    .orderBy('seq', 'desc')
    .limit(page.limit)
    .execute();
}

/** One message of the outbox by its id. */
export function findMail(db: Kysely<Database>, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
