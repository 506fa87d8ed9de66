import type { MandateState } from '@marque/domain';
import type { Insertable, Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** Calendar date as 'YYYY-MM-DD' text. */
type CalendarDate = string;
/** Integer minor units (pence, cents). */
type MinorUnits = number;

export type MandateScheme = 'bacs' | 'ach';

/** A Direct Debit Instruction (UK) or ACH authorisation (US) for one agreement. */
export interface MandatesTable {
  id: string;
  agreement_id: string;
  customer_id: string;
  state: MandateState;
  scheme: MandateScheme;
  account_holder_name: string;
  /** Six digits (Bacs); null for ACH. */
  sort_code: string | null;
  /** Nine digits (ACH); null for Bacs. */
  routing_number: string | null;
  /** secret-box sealed, bound to the mandate id: bank details are never stored in the clear. */
  account_number_encrypted: string;
  account_last4: string;
  /** 1–28. */
  collection_day: number;
  /** The payer reference the bank shows on the statement, unique across all mandates. */
  reference: string;
  guarantee_accepted_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  cancelled_at: Timestamp | null;
  /** Set once the AUDDIS 0C cancellation has gone to the bank (only for mandates the bank knew). */
  cancellation_lodged_at: Timestamp | null;
  /** 0/1: a report code asked us to collect nothing more until the payer is contacted. */
  collections_held: number;
}

export type CollectionStatus =
  'scheduled' | 'notified' | 'submitted' | 'collected' | 'failed' | 'represented' | 'cancelled';

/** One attempt to collect one instalment under a mandate. */
export interface CollectionsTable {
  id: string;
  mandate_id: string;
  agreement_id: string;
  installment_number: number;
  amount: MinorUnits;
  collection_date: CalendarDate;
  input_date: CalendarDate;
  status: CollectionStatus;
  payment_id: string | null;
  /** 1 for the first presentation, 2 for the one re-presentation Bacs allows after ARUDD 0. */
  attempt: number;
  run_id: string | null;
  failure_code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type CollectionRunStatus = 'running' | 'finished';

/** One collection run per run date: its progress, so a run that stopped can be finished. */
export interface CollectionRunsTable {
  id: string;
  kind: 'collection';
  run_date: CalendarDate;
  status: CollectionRunStatus;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  /** JSON of the run's counts (CollectionRunCounts). */
  counts: string;
}

/** The Bacs Standard 18 file a run produced, kept as sent. */
export interface SubmissionFilesTable {
  id: string;
  run_id: string;
  content: string;
  /** SHA-256 hex of the content. */
  checksum: string;
  created_at: Timestamp;
  /** When the sandbox bank took it; null means it still has to be handed over. */
  delivered_at: Timestamp | null;
}

export type SandboxReportKind = 'INPUT' | 'AUDDIS' | 'ADDACS' | 'ARUDD';

/** The sandbox bank's own state: what it received and the reports it will return. */
export interface SandboxBankFilesTable {
  id: string;
  received_on: CalendarDate;
  content: string;
}

export interface SandboxBankReportsTable {
  id: string;
  file_id: string;
  /** INPUT lists accepted items; the others carry a Bacs reason code. */
  report: SandboxReportKind;
  code: string | null;
  transaction_code: string;
  reference: string;
  amount: MinorUnits;
  /** The collection (entry) day of the item reported on. */
  processing_date: CalendarDate;
  available_on: CalendarDate;
  collected_at: Timestamp | null;
}

export interface DirectDebitTables {
  mandates: MandatesTable;
  collections: CollectionsTable;
  collection_runs: CollectionRunsTable;
  submission_files: SubmissionFilesTable;
  sandbox_bank_files: SandboxBankFilesTable;
  sandbox_bank_reports: SandboxBankReportsTable;
}

export type MandateRow = Selectable<MandatesTable>;
export type NewMandateRow = Insertable<MandatesTable>;
export type CollectionRow = Selectable<CollectionsTable>;
export type SandboxBankReportRow = Selectable<SandboxBankReportsTable>;
