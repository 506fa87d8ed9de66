import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

describeEachDatabase('migrations', (getDb) => {
  it('are idempotent: running them on a migrated database changes nothing', async () => {
    const results = await migrateToLatest(getDb());
    expect(results).toEqual([]);
  });

  it('create every table in the Database interface', async () => {
    const tables = (await getDb().introspection.getTables()).map((table) => table.name);
    for (const table of [
      'customers',
      'agreements',
      'accounts',
      'sessions',
      'audit_events',
      'outbox',
    ]) {
      expect(tables).toContain(table);
    }
  });
});

it('are listed in order, customers and agreements first', () => {
  expect(Object.keys(migrations)).toEqual([
    '0001_customers_agreements',
    '0002_accounts_security',
    '0003_payments',
    '0004_direct_debit',
    '0005_documents',
    '0006_messages',
    '0007_staff',
    '0008_passkeys',
    '0009_collection_indexes',
    '0010_staff_money',
    '0011_identity_verifications',
    '0012_contact_record',
    '0013_live_chat',
  ]);
});
