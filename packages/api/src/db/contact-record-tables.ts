import type {
  ContactChannel,
  ContactDirection,
  TransactionCaseReason,
  TransactionCaseStatus,
  TransactionEntryType,
} from '@marque/schemas';
import type { Generated, Selectable } from 'kysely';

export type {
  ContactChannel,
  ContactDirection,
  TransactionCaseReason,
  TransactionCaseStatus,
  TransactionEntryType,
};

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** Calendar date as 'YYYY-MM-DD' text. */
type CalendarDate = string;
/** Integer minor units (pence, cents). */
type MinorUnits = number;

/**
 * A problem a customer reported on one of their ledger entries or payments. The entry's date,
 * amount and description are copied when it is reported, so the case shows what the customer saw.
 */
export interface TransactionCasesTable {
  id: string;
  /** Quoted to the customer, e.g. 'R-7K2M9Q4X'. */
  reference: string;
  customer_id: string;
  agreement_id: string;
  entry_type: TransactionEntryType;
  entry_id: string;
  entry_date: CalendarDate;
  entry_amount: MinorUnits;
  entry_currency: 'GBP' | 'USD';
  entry_description: string;
  reason: TransactionCaseReason;
  /** What the customer added in their own words, if anything. */
  details: string | null;
  status: TransactionCaseStatus;
  /** What staff decided, in words for the customer; set when resolved or rejected. */
  outcome: string | null;
  assigned_staff_id: string | null;
  /** '<entry_type>:<entry_id>' while undecided (unique), null once resolved or rejected. */
  open_entry_key: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

/** A change of status with staff's note: the case's history. */
export interface TransactionCaseUpdatesTable {
  seq: Generated<number>;
  id: string;
  case_id: string;
  staff_id: string;
  status: TransactionCaseStatus;
  note: string;
  created_at: Timestamp;
}

/** A phone call or a letter staff logged on a customer's record. */
export interface ContactLogEntriesTable {
  id: string;
  customer_id: string;
  /** Who logged it. */
  staff_id: string;
  channel: ContactChannel;
  direction: ContactDirection;
  /** When the call took place or the letter was sent or received. */
  occurred_at: Timestamp;
  summary: string;
  /** When someone should come back to it, if anyone should. */
  follow_up_on: CalendarDate | null;
  created_at: Timestamp;
}

export interface ContactRecordTables {
  transaction_cases: TransactionCasesTable;
  transaction_case_updates: TransactionCaseUpdatesTable;
  contact_log_entries: ContactLogEntriesTable;
}

export type TransactionCaseRow = Selectable<TransactionCasesTable>;
export type TransactionCaseUpdateRow = Selectable<TransactionCaseUpdatesTable>;
export type ContactLogEntryRow = Selectable<ContactLogEntriesTable>;
