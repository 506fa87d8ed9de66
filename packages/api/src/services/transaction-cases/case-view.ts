import type {
  TransactionCaseReason,
  TransactionCaseRow,
  TransactionCaseStatus,
  TransactionEntryType,
} from '../../db/contact-record-tables.js';

/** A reported problem as the customer reads it, and the core of what staff see. */
export interface TransactionCaseView {
  id: string;
  reference: string;
  agreementId: string;
  entryType: TransactionEntryType;
  entryId: string;
  /** The entry as it stood when reported. */
  entry: { date: string; amount: number; currency: 'GBP' | 'USD'; description: string };
  reason: TransactionCaseReason;
  details: string | null;
  status: TransactionCaseStatus;
  /** Staff's decision in words for the customer, once resolved or rejected. */
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export function caseViewOf(row: TransactionCaseRow): TransactionCaseView {
  return {
    id: row.id,
    reference: row.reference,
    agreementId: row.agreement_id,
    entryType: row.entry_type,
    entryId: row.entry_id,
    entry: {
      date: row.entry_date,
      amount: row.entry_amount,
      currency: row.entry_currency,
      description: row.entry_description,
    },
    reason: row.reason,
    details: row.details,
    status: row.status,
    outcome: row.outcome,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

/** What the customer chose, in the words the case history and staff's lists use. */
export const REASON_NAMES: Readonly<Record<TransactionCaseReason, string>> = {
  not_recognised: 'Not recognised',
  wrong_amount: 'Wrong amount',
  paid_not_shown: 'Paid but not shown',
  direct_debit_error: 'Direct Debit taken in error',
};
