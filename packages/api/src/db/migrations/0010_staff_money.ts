import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Staff money work: imported bank statements and their lines (matched, or queued for staff),
 * refunds with their four-eyes approval, and the runs staff start from the console with the lease
 * that keeps each kind of run to one at a time across every API instance.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bank_statement_imports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('file_sha256', 'text', (col) => col.notNull())
    .addColumn('imported_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .addColumn('line_count', 'integer', (col) => col.notNull())
    .addColumn('matched_count', 'integer', (col) => col.notNull())
    .addColumn('unmatched_count', 'integer', (col) => col.notNull())
    .addColumn('duplicate_count', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('bank_statement_lines')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('import_id', 'text', (col) => col.notNull().references('bank_statement_imports.id'))
    // The bank's transaction id, or a hash of the line when the bank gave none: seen once ever.
    .addColumn('dedupe_key', 'text', (col) => col.notNull().unique())
    .addColumn('line_number', 'integer', (col) => col.notNull())
    .addColumn('bank_transaction_id', 'text')
    .addColumn('received_on', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull().check(sql`amount > 0`))
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('matched', 'unmatched', 'assigned', 'dismissed')`),
    )
    .addColumn('agreement_id', 'text', (col) => col.references('agreements.id'))
    .addColumn('payment_id', 'text', (col) => col.references('payments.id'))
    .addColumn('resolution_reason', 'text')
    .addColumn('resolved_by', 'text', (col) => col.references('staff.id'))
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('bank_statement_lines_status_created_idx')
    .on('bank_statement_lines')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('refunds')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('payment_id', 'text', (col) => col.notNull().references('payments.id'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('amount', 'bigint', (col) => col.notNull().check(sql`amount > 0`))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`status in ('awaiting_approval', 'processing', 'completed', 'failed', 'rejected')`,
        ),
    )
    .addColumn('idempotency_key', 'text', (col) => col.notNull().unique())
    .addColumn('requested_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('requested_at', 'text', (col) => col.notNull())
    .addColumn('approved_by', 'text', (col) => col.references('staff.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('gateway_refund_id', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('completed_at', 'text')
    .execute();
  // One live refund per payment (a refund is of the whole payment): a rejected one may be asked again.
  await db.schema
    .createIndex('refunds_live_payment_key')
    .on('refunds')
    .column('payment_id')
    .unique()
    .where(sql<boolean>`status <> 'rejected'`)
    .execute();
  await db.schema
    .createIndex('refunds_status_requested_idx')
    .on('refunds')
    .columns(['status', 'requested_at'])
    .execute();

  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('holder', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('console_runs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('collection', 'statement', 'reminders')`),
    )
    // The day (collection, reminders) or the month (statement) the run is for.
    .addColumn('run_key', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('running', 'finished', 'failed')`),
    )
    .addColumn('started_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('heartbeat_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('progress', 'integer', (col) => col.notNull())
    .addColumn('result', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createIndex('console_runs_started_at_idx')
    .on('console_runs')
    .column('started_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('console_runs').execute();
  await db.schema.dropTable('job_leases').execute();
  await db.schema.dropTable('refunds').execute();
  await db.schema.dropTable('bank_statement_lines').execute();
  await db.schema.dropTable('bank_statement_imports').execute();
}
