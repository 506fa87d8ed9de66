import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they take Kysely<any> so later schema changes never break them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Identity checks staff complete while a customer is on the phone, and the indexes the staff
 * customer search reads: names and e-mail by lower-case prefix, phone numbers without spaces or
 * hyphens. Expression indexes work the same on SQLite and PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('identity_verifications')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('passed', 'failed')`))
    .addColumn('checks', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('identity_verifications_customer_staff_idx')
    .on('identity_verifications')
    .columns(['customer_id', 'staff_id', 'created_at'])
    .execute();

  await db.schema
    .createIndex('customers_family_name_lower_idx')
    .on('customers')
    .expression(sql`lower(family_name)`)
    .execute();
  await db.schema
    .createIndex('customers_given_name_lower_idx')
    .on('customers')
    .expression(sql`lower(given_name)`)
    .execute();
  await db.schema
    .createIndex('customers_email_lower_idx')
    .on('customers')
    .expression(sql`lower(email)`)
    .execute();
  await db.schema
    .createIndex('customers_phone_digits_idx')
    .on('customers')
    .expression(sql`replace(replace(phone, ' ', ''), '-', '')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'customers_phone_digits_idx',
    'customers_email_lower_idx',
    'customers_given_name_lower_idx',
    'customers_family_name_lower_idx',
    'identity_verifications_customer_staff_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.dropTable('identity_verifications').execute();
}
