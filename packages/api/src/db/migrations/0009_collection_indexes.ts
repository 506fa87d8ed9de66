import type { Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Indexes the collection run pages by: mandates in (agreement, id) order for keyset paging, and
 * payments by status and age for the sweep that reconciles card payments left pending.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('mandates_agreement_id_id_idx')
    .on('mandates')
    .columns(['agreement_id', 'id'])
    .execute();
  await db.schema
    .createIndex('payments_status_created_at_idx')
    .on('payments')
    .columns(['status', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('payments_status_created_at_idx').execute();
  await db.schema.dropIndex('mandates_agreement_id_id_idx').execute();
}
