import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Customers, their finance agreements, the agreed schedules and the account ledger. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text')
    .addColumn('given_name', 'text', (col) => col.notNull())
    .addColumn('family_name', 'text', (col) => col.notNull())
    .addColumn('date_of_birth', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('address_line1', 'text', (col) => col.notNull())
    .addColumn('address_line2', 'text')
    .addColumn('town', 'text', (col) => col.notNull())
    .addColumn('postcode', 'text', (col) => col.notNull())
    .addColumn('postcode_normalised', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull().check(sql`country in ('GB', 'US')`))
    .addColumn('ssn_last4', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('customers_postcode_normalised_idx')
    .on('customers')
    .column('postcode_normalised')
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('agreement_number', 'text', (col) => col.notNull())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('type', 'text', (col) => col.notNull().check(sql`type in ('HP', 'PCP', 'LEASE')`))
    .addColumn('currency', 'text', (col) => col.notNull().check(sql`currency in ('GBP', 'USD')`))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('active', 'settled', 'terminated')`),
    )
    .addColumn('vehicle_description', 'text', (col) => col.notNull())
    .addColumn('vehicle_registration', 'text', (col) => col.notNull())
    .addColumn('dealer_name', 'text', (col) => col.notNull())
    .addColumn('start_date', 'text', (col) => col.notNull())
    .addColumn('first_payment_date', 'text', (col) => col.notNull())
    .addColumn('term_months', 'integer', (col) => col.notNull())
    .addColumn('cash_price', 'bigint')
    .addColumn('deposit', 'bigint')
    .addColumn('amount_of_credit', 'bigint')
    .addColumn('annual_rate_bp', 'integer')
    .addColumn('option_to_purchase_fee', 'bigint')
    .addColumn('optional_final_payment', 'bigint')
    .addColumn('annual_mileage_allowance', 'integer')
    .addColumn('excess_mileage_rate', 'bigint')
    .addColumn('monthly_rental', 'bigint')
    .addColumn('initial_rental_months', 'integer')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('agreements_agreement_number_key')
    .on('agreements')
    .column('agreement_number')
    .unique()
    .execute();
  await db.schema
    .createIndex('agreements_customer_id_idx')
    .on('agreements')
    .column('customer_id')
    .execute();

  await db.schema
    .createTable('installments')
    .addColumn('agreement_id', 'text', (col) => col.notNull().references('agreements.id'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('due_date', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('interest', 'bigint', (col) => col.notNull())
    .addColumn('principal', 'bigint', (col) => col.notNull())
    .addColumn('fee', 'bigint', (col) => col.notNull())
    .addColumn('balance_after', 'bigint', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('initial_rental', 'monthly', 'optional_final_payment')`),
    )
    .addPrimaryKeyConstraint('installments_pkey', ['agreement_id', 'number'])
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('agreement_id', 'text', (col) => col.notNull().references('agreements.id'))
    .addColumn('entry_date', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`kind in ('installment_due', 'payment_received', 'fee', 'refund', 'reversal', 'adjustment')`,
        ),
    )
    .addColumn('amount', 'bigint', (col) => col.notNull().check(sql`amount > 0`))
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('reference', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('ledger_entries_agreement_id_entry_date_idx')
    .on('ledger_entries')
    .columns(['agreement_id', 'entry_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ledger_entries').execute();
  await db.schema.dropTable('installments').execute();
  await db.schema.dropTable('agreements').execute();
  await db.schema.dropTable('customers').execute();
}
