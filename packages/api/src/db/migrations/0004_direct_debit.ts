import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Mandates, collections, collection runs, submission files, and the sandbox bank's own state. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mandates')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('agreement_id', 'text', (col) => col.notNull().references('agreements.id'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('state', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`state in ('pending_submission', 'submitted', 'active', 'failed', 'cancelled', 'expired')`,
        ),
    )
    .addColumn('scheme', 'text', (col) => col.notNull().check(sql`scheme in ('bacs', 'ach')`))
    .addColumn('account_holder_name', 'text', (col) => col.notNull())
    .addColumn('sort_code', 'text')
    .addColumn('routing_number', 'text')
    .addColumn('account_number_encrypted', 'text', (col) => col.notNull())
    .addColumn('account_last4', 'text', (col) => col.notNull())
    .addColumn('collection_day', 'integer', (col) =>
      col.notNull().check(sql`collection_day between 1 and 28`),
    )
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('guarantee_accepted_at', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancellation_lodged_at', 'text')
    .addColumn('collections_held', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('mandates_agreement_id_idx')
    .on('mandates')
    .column('agreement_id')
    .execute();
  await db.schema.createIndex('mandates_state_idx').on('mandates').column('state').execute();

  await db.schema
    .createTable('collection_runs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('collection')`))
    .addColumn('run_date', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('running', 'finished')`),
    )
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('counts', 'text', (col) => col.notNull())
    .addUniqueConstraint('collection_runs_kind_run_date_key', ['kind', 'run_date'])
    .execute();

  await db.schema
    .createTable('collections')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('mandate_id', 'text', (col) => col.notNull().references('mandates.id'))
    .addColumn('agreement_id', 'text', (col) => col.notNull().references('agreements.id'))
    .addColumn('installment_number', 'integer', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull().check(sql`amount > 0`))
    .addColumn('collection_date', 'text', (col) => col.notNull())
    .addColumn('input_date', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`status in ('scheduled', 'notified', 'submitted', 'collected', 'failed', 'represented', 'cancelled')`,
        ),
    )
    .addColumn('payment_id', 'text')
    .addColumn('attempt', 'integer', (col) => col.notNull().check(sql`attempt in (1, 2)`))
    .addColumn('run_id', 'text', (col) => col.references('collection_runs.id'))
    .addColumn('failure_code', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('collections_agreement_installment_attempt_key', [
      'agreement_id',
      'installment_number',
      'attempt',
    ])
    .execute();
  await db.schema
    .createIndex('collections_status_input_date_idx')
    .on('collections')
    .columns(['status', 'input_date'])
    .execute();
  await db.schema
    .createIndex('collections_mandate_id_idx')
    .on('collections')
    .column('mandate_id')
    .execute();

  await db.schema
    .createTable('submission_files')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('run_id', 'text', (col) => col.notNull().unique().references('collection_runs.id'))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('checksum', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('delivered_at', 'text')
    .execute();

  await db.schema
    .createTable('sandbox_bank_files')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('received_on', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('sandbox_bank_reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('file_id', 'text', (col) => col.notNull().references('sandbox_bank_files.id'))
    .addColumn('report', 'text', (col) =>
      col.notNull().check(sql`report in ('INPUT', 'AUDDIS', 'ADDACS', 'ARUDD')`),
    )
    .addColumn('code', 'text')
    .addColumn('transaction_code', 'text', (col) => col.notNull())
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('processing_date', 'text', (col) => col.notNull())
    .addColumn('available_on', 'text', (col) => col.notNull())
    .addColumn('collected_at', 'text')
    .execute();
  await db.schema
    .createIndex('sandbox_bank_reports_available_on_idx')
    .on('sandbox_bank_reports')
    .columns(['collected_at', 'available_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sandbox_bank_reports').execute();
  await db.schema.dropTable('sandbox_bank_files').execute();
  await db.schema.dropTable('submission_files').execute();
  await db.schema.dropTable('collections').execute();
  await db.schema.dropTable('collection_runs').execute();
  await db.schema.dropTable('mandates').execute();
}
