import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../connect.js';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The record of contact with a customer beyond secure messages: problems reported on a ledger
 * entry or a payment (transaction cases) with staff's updates, and the phone calls and letters
 * staff log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Auto-incrementing keys give updates a stable order within a millisecond.
  const postgres = isPostgres(db);
  const serial = postgres ? 'bigserial' : 'integer';

  await db.schema
    .createTable('transaction_cases')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('agreement_id', 'text', (col) => col.notNull().references('agreements.id'))
    .addColumn('entry_type', 'text', (col) =>
      col.notNull().check(sql`entry_type in ('ledger_entry', 'payment')`),
    )
    .addColumn('entry_id', 'text', (col) => col.notNull())
    .addColumn('entry_date', 'text', (col) => col.notNull())
    .addColumn('entry_amount', 'integer', (col) => col.notNull().check(sql`entry_amount >= 0`))
    .addColumn('entry_currency', 'text', (col) =>
      col.notNull().check(sql`entry_currency in ('GBP', 'USD')`),
    )
    .addColumn('entry_description', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`reason in ('not_recognised', 'wrong_amount', 'paid_not_shown', 'direct_debit_error')`,
        ),
    )
    .addColumn('details', 'text')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('open', 'investigating', 'resolved', 'rejected')`),
    )
    .addColumn('outcome', 'text')
    .addColumn('assigned_staff_id', 'text')
    // '<entry_type>:<entry_id>' while the case is open or investigating, null once decided: the
    // unique constraint makes a repeated report of the same entry find the case already open.
    .addColumn('open_entry_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('transaction_cases_queue_idx')
    .on('transaction_cases')
    .columns(['status', 'assigned_staff_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('transaction_cases_customer_idx')
    .on('transaction_cases')
    .columns(['customer_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('transaction_case_updates')
    .addColumn('seq', serial, (col) =>
      postgres ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('case_id', 'text', (col) => col.notNull().references('transaction_cases.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('open', 'investigating', 'resolved', 'rejected')`),
    )
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('transaction_case_updates_case_idx')
    .on('transaction_case_updates')
    .columns(['case_id', 'seq'])
    .execute();

  await db.schema
    .createTable('contact_log_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull().check(sql`channel in ('phone', 'letter')`))
    .addColumn('direction', 'text', (col) =>
      col.notNull().check(sql`direction in ('inbound', 'outbound')`),
    )
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('follow_up_on', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('contact_log_entries_customer_idx')
    .on('contact_log_entries')
    .columns(['customer_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['contact_log_entries', 'transaction_case_updates', 'transaction_cases']) {
    await db.schema.dropTable(table).execute();
  }
}
