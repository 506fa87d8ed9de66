import type { Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Indexes the collection run pages and looks up by: mandates in (agreement, id) order for keyset
 * paging, and pending card payments per agreement when sizing a collection.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('mandates_agreement_id_id_idx')
    .on('mandates')
    .columns(['agreement_id', 'id'])
    .execute();
  await db.schema
    .createIndex('payments_agreement_id_status_idx')
    .on('payments')
    .columns(['agreement_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('payments_agreement_id_status_idx').execute();
  await db.schema.dropIndex('mandates_agreement_id_id_idx').execute();
}
