import type { Insertable, Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** 0 or 1: SQLite has no boolean, so both databases store an integer. */
type Flag = 0 | 1;

export type DocumentKind =
  | 'statement'
  | 'annual_statement'
  | 'credit_agreement'
  | 'welcome_letter'
  | 'settlement_quote_letter'
  | 'lockout_letter'
  | 'direct_debit_letter';

/** Online: the customer downloads it (paperless); print: it is posted, through the print queue. */
export type DocumentDelivery = 'online' | 'print';

export type PrintStatus = 'queued' | 'exported';

/** A PDF made for one customer: a statement or a letter, kept as issued. */
export interface DocumentsTable {
  id: string;
  customer_id: string;
  /** Null for letters about the login rather than an agreement (e.g. a lockout). */
  agreement_id: string | null;
  kind: DocumentKind;
  title: string;
  /** 'YYYY-MM' for a statement, 'YYYY-MM' of the year's last month for an annual statement. */
  period: string | null;
  /** What the document was issued for (e.g. 'statement:<agreement>:2026-10'), unique: issuing twice keeps one. */
  source_key: string;
  /** The PDF itself: a Buffer from both drivers. */
  content: Buffer;
  /** SHA-256 hex of the content. */
  checksum: string;
  /** Bytes. */
  size: number;
  delivery: DocumentDelivery;
  /** Null for online delivery. */
  print_status: PrintStatus | null;
  print_batch_id: string | null;
  /** When the "your document is ready" e-mail went (online delivery of a statement only). */
  notified_at: Timestamp | null;
  created_at: Timestamp;
}

/** One export of the print queue: its file is rebuilt from the documents that carry its id. */
export interface PrintBatchesTable {
  id: string;
  document_count: number;
  created_at: Timestamp;
}

export type StatementRunStatus = 'running' | 'finished';

/** One statement run per period: how far it got, so a stopped run carries on where it stopped. */
export interface StatementRunsTable {
  id: string;
  /** 'YYYY-MM'. */
  period: string;
  status: StatementRunStatus;
  /** Agreements are visited in id order; every agreement up to this one is done. */
  last_agreement_id: string | null;
  /** JSON of the run's counts (StatementRunCounts). */
  counts: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

/** A customer's own choice; without a row, customers with an online login are paperless. */
export interface DocumentPreferencesTable {
  customer_id: string;
  paperless: Flag;
  updated_at: Timestamp;
}

export interface DocumentTables {
  documents: DocumentsTable;
  print_batches: PrintBatchesTable;
  statement_runs: StatementRunsTable;
  document_preferences: DocumentPreferencesTable;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocumentRow = Insertable<DocumentsTable>;
export type StatementRunRow = Selectable<StatementRunsTable>;
