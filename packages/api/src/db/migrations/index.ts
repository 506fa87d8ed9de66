import type { Migration, MigrationProvider } from 'kysely';
import * as customersAgreements from './0001_customers_agreements.js';
import * as accountsSecurity from './0002_accounts_security.js';
import * as payments from './0003_payments.js';
import * as directDebit from './0004_direct_debit.js';

/** Migrations bundled by static import, so the built server runs them without reading a folder. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_customers_agreements': customersAgreements,
  '0002_accounts_security': accountsSecurity,
  '0003_payments': payments,
  '0004_direct_debit': directDebit,
};

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
