import type { AccountSecurityTables } from './account-security-tables.js';
import type { ContactRecordTables } from './contact-record-tables.js';
import type { CustomerAgreementTables } from './customer-agreement-tables.js';
import type { DirectDebitTables } from './direct-debit-tables.js';
import type { DocumentTables } from './document-tables.js';
import type { IdentityVerificationTables } from './identity-verification-tables.js';
import type { LiveChatTables } from './live-chat-tables.js';
import type { MessageTables } from './message-tables.js';
import type { NotificationTables } from './notification-tables.js';
import type { PasskeyTables } from './passkey-tables.js';
import type { PaymentTables } from './payment-tables.js';
import type { StaffMoneyTables } from './staff-money-tables.js';
import type { StaffTables } from './staff-tables.js';

/** Every table the API stores, the single source of row shapes for Kysely on both databases. */
export interface Database
  extends
    CustomerAgreementTables,
    AccountSecurityTables,
    PaymentTables,
    DirectDebitTables,
    DocumentTables,
    IdentityVerificationTables,
    MessageTables,
    NotificationTables,
    PasskeyTables,
    StaffTables,
    ContactRecordTables,
    StaffMoneyTables,
    LiveChatTables {}
