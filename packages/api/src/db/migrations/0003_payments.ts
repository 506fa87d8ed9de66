import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Payment attempts (card, bank transfer, Direct Debit) and the provider webhook events processed. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('agreement_id', 'text', (col) => col.notNull().references('agreements.id'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('method', 'text', (col) =>
      col.notNull().check(sql`method in ('card', 'bank_transfer', 'direct_debit')`),
    )
    .addColumn('amount', 'bigint', (col) => col.notNull().check(sql`amount > 0`))
    .addColumn('currency', 'text', (col) => col.notNull().check(sql`currency in ('GBP', 'USD')`))
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .check(sql`status in ('pending', 'requires_action', 'paid', 'failed', 'refunded')`),
    )
    .addColumn('idempotency_key', 'text', (col) => col.notNull())
    .addColumn('gateway_reference', 'text')
    .addColumn('next_action_url', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('settled_at', 'text')
    .addUniqueConstraint('payments_customer_id_idempotency_key_key', [
      'customer_id',
      'idempotency_key',
    ])
    .execute();
  await db.schema
    .createIndex('payments_agreement_id_created_at_idx')
    .on('payments')
    .columns(['agreement_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('payments_customer_id_created_at_idx')
    .on('payments')
    .columns(['customer_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('payments_gateway_reference_idx')
    .on('payments')
    .column('gateway_reference')
    .execute();

  await db.schema
    .createTable('payment_webhook_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('received_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('payment_webhook_events').execute();
  await db.schema.dropTable('payments').execute();
}
