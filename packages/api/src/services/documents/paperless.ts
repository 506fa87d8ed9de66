import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import { documentRecipient } from './document-recipient.js';

/** Whether the customer reads documents online only (see documentRecipients for the default). */
export async function isPaperless(db: Kysely<Database>, customerId: string): Promise<boolean> {
  return (await documentRecipient(db, customerId)).paperless;
}

/** Records the customer's choice; documents issued from now on follow it. */
export async function setPaperless(
  db: Kysely<Database>,
  now: Date,
  customerId: string,
  paperless: boolean,
): Promise<void> {
  const row = { paperless: paperless ? (1 as const) : (0 as const), updated_at: instant(now) };
  await db
    .insertInto('document_preferences')
    .values({ customer_id: customerId, ...row })
    .onConflict((conflict) => conflict.column('customer_id').doUpdateSet(row))
    .execute();
}
