import type { AccountSecurityTables } from './account-security-tables.js';
import type { CustomerAgreementTables } from './customer-agreement-tables.js';
import type { DirectDebitTables } from './direct-debit-tables.js';
import type { PaymentTables } from './payment-tables.js';

/** Every table the API stores, the single source of row shapes for Kysely on both databases. */
export interface Database
  extends CustomerAgreementTables, AccountSecurityTables, PaymentTables, DirectDebitTables {}
