import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../connect.js';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Customer documents (statements and letters) with their PDF bytes, the statement runs that make
 * them, print batches, and each customer's paperless choice.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The PDF is kept in the database so every API instance serves it and nothing sits under a web
  // root: a blob on SQLite, bytea on PostgreSQL — the only dialect difference here.
  const bytes = isPostgres(db) ? 'bytea' : 'blob';

  await db.schema
    .createTable('print_batches')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('document_count', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('agreement_id', 'text', (col) => col.references('agreements.id'))
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`kind in ('statement', 'annual_statement', 'credit_agreement', 'welcome_letter', 'settlement_quote_letter', 'lockout_letter', 'direct_debit_letter')`,
        ),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('period', 'text')
    .addColumn('source_key', 'text', (col) => col.notNull().unique())
    .addColumn('content', bytes, (col) => col.notNull())
    .addColumn('checksum', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull().check(sql`size > 0`))
    .addColumn('delivery', 'text', (col) =>
      col.notNull().check(sql`delivery in ('online', 'print')`),
    )
    .addColumn('print_status', 'text', (col) =>
      col.check(sql`print_status in ('queued', 'exported')`),
    )
    .addColumn('print_batch_id', 'text', (col) => col.references('print_batches.id'))
    .addColumn('notified_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('documents_customer_id_created_at_idx')
    .on('documents')
    .columns(['customer_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('documents_print_status_created_at_idx')
    .on('documents')
    .columns(['print_status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('documents_print_batch_id_idx')
    .on('documents')
    .column('print_batch_id')
    .execute();

  await db.schema
    .createTable('statement_runs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('period', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('running', 'finished')`),
    )
    .addColumn('last_agreement_id', 'text')
    .addColumn('counts', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  await db.schema
    .createTable('document_preferences')
    .addColumn('customer_id', 'text', (col) => col.primaryKey().references('customers.id'))
    .addColumn('paperless', 'integer', (col) => col.notNull().check(sql`paperless in (0, 1)`))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_preferences').execute();
  await db.schema.dropTable('statement_runs').execute();
  await db.schema.dropTable('documents').execute();
  await db.schema.dropTable('print_batches').execute();
}
