import type { Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** Calendar date as 'YYYY-MM-DD' text. */
type CalendarDate = string;
/** Integer minor units (pence, cents). */
type MinorUnits = number;

/** One bank statement file a member of staff imported, with what became of its lines. */
export interface BankStatementImportsTable {
  id: string;
  file_name: string;
  /** SHA-256 of the file as uploaded, hex. */
  file_sha256: string;
  imported_by: string;
  imported_at: Timestamp;
  line_count: number;
  matched_count: number;
  unmatched_count: number;
  /** Lines an earlier import (or this file itself) already held: added nothing. */
  duplicate_count: number;
}

/**
 * matched: paid to the agreement its reference named; unmatched: waiting for staff; assigned: staff
 * paid it to an agreement; dismissed: staff decided it is not a customer payment (with a reason).
 */
export type BankStatementLineStatus = 'matched' | 'unmatched' | 'assigned' | 'dismissed';

/** A credit on the lender's bank statement: recorded once ever, however often it is imported. */
export interface BankStatementLinesTable {
  id: string;
  import_id: string;
  /** 'txn:<bank transaction id>', or 'line:<sha256>' when the bank gave no id. */
  dedupe_key: string;
  /** Its row in the imported file, so the queue lists a file's lines in the bank's order. */
  line_number: number;
  bank_transaction_id: string | null;
  received_on: CalendarDate;
  amount: MinorUnits;
  /** The payer's reference as the bank printed it. */
  reference: string;
  status: BankStatementLineStatus;
  agreement_id: string | null;
  payment_id: string | null;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
}

/**
 * awaiting_approval: above the four-eyes limit, waiting for a second supervisor; processing: being
 * paid back now; completed; failed: the provider refused or did not answer (may be retried);
 * rejected: the second supervisor said no.
 */
export type RefundStatus = 'awaiting_approval' | 'processing' | 'completed' | 'failed' | 'rejected';

/** A refund of a paid payment, asked for by one supervisor and (above the limit) approved by another. */
export interface RefundsTable {
  id: string;
  payment_id: string;
  customer_id: string;
  amount: MinorUnits;
  reason: string;
  status: RefundStatus;
  /** From the console, per request: a retried request finds the refund its first attempt made. */
  idempotency_key: string;
  requested_by: string;
  requested_at: Timestamp;
  /** The second supervisor; null below the limit and until someone decides. */
  approved_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  /** The card provider's refund id (card payments only). */
  gateway_refund_id: string | null;
  failure_reason: string | null;
  completed_at: Timestamp | null;
}

/** A named lease: whoever holds an unexpired row runs that job; everyone else waits. */
export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: Timestamp;
}

export type ConsoleRunKind = 'collection' | 'statement' | 'reminders';
export type ConsoleRunStatus = 'running' | 'finished' | 'failed';

/** A run started from the staff console, watched while it goes and kept as its record. */
export interface ConsoleRunsTable {
  id: string;
  kind: ConsoleRunKind;
  /** The day ('YYYY-MM-DD') or, for statements, the month ('YYYY-MM'). */
  run_key: string;
  status: ConsoleRunStatus;
  started_by: string;
  started_at: Timestamp;
  /** Renewed while the run goes: a 'running' row whose heartbeat stopped was interrupted. */
  heartbeat_at: Timestamp;
  finished_at: Timestamp | null;
  /** Items done so far (agreements, collections). */
  progress: number;
  /** The job's own result as JSON, once finished. */
  result: string | null;
  error: string | null;
}

export interface StaffMoneyTables {
  bank_statement_imports: BankStatementImportsTable;
  bank_statement_lines: BankStatementLinesTable;
  refunds: RefundsTable;
  job_leases: JobLeasesTable;
  console_runs: ConsoleRunsTable;
}

export type BankStatementLineRow = Selectable<BankStatementLinesTable>;
export type RefundRow = Selectable<RefundsTable>;
export type ConsoleRunRow = Selectable<ConsoleRunsTable>;
