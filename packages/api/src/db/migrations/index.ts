import type { Migration, MigrationProvider } from 'kysely';
import * as customersAgreements from './0001_customers_agreements.js';
import * as accountsSecurity from './0002_accounts_security.js';
import * as payments from './0003_payments.js';
import * as directDebit from './0004_direct_debit.js';
import * as documents from './0005_documents.js';
import * as messages from './0006_messages.js';
import * as staff from './0007_staff.js';
import * as passkeys from './0008_passkeys.js';
import * as collectionIndexes from './0009_collection_indexes.js';
import * as staffMoney from './0010_staff_money.js';
import * as identityVerifications from './0011_identity_verifications.js';
import * as contactRecord from './0012_contact_record.js';
import * as liveChat from './0013_live_chat.js';

/** Migrations bundled by static import, so the built server runs them without reading a folder. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_customers_agreements': customersAgreements,
  '0002_accounts_security': accountsSecurity,
  '0003_payments': payments,
  '0004_direct_debit': directDebit,
  '0005_documents': documents,
  '0006_messages': messages,
  '0007_staff': staff,
  '0008_passkeys': passkeys,
  '0009_collection_indexes': collectionIndexes,
  '0010_staff_money': staffMoney,
  '0011_identity_verifications': identityVerifications,
  '0012_contact_record': contactRecord,
  '0013_live_chat': liveChat,
};

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
