import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps.js';
import type {
  TransactionCaseReason,
  TransactionCaseRow,
  TransactionEntryType,
} from '../../db/contact-record-tables.js';
import type { Database } from '../../db/schema.js';
import type { RequestInfo } from '../../http/request-info.js';
import { recordAudit } from '../audit/audit-log.js';
import { newCaseReference } from '../contact/contact-reference.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { customerContact } from '../notifications/notify-customer.js';
import { instant } from '../time/instant.js';
import { caseViewOf, type TransactionCaseView } from './case-view.js';
import { reportedEntry } from './reported-entry.js';
import { transactionCaseAcknowledgementMail } from './transaction-case-mails.js';

export interface TransactionReport {
  entryType: TransactionEntryType;
  entryId: string;
  reason: TransactionCaseReason;
  details?: string | undefined;
}

export interface ReportAnswer {
  caseId: string;
  reference: string;
  /** True when this entry already had an undecided case: that case is the answer, nothing new. */
  alreadyReported: boolean;
}

/** The same answer for another customer's entry as for one that does not exist (no IDOR oracle). */
export function entryNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that transaction.' });
}

function openEntryKey(entry: { entryType: TransactionEntryType; entryId: string }): string {
  return `${entry.entryType}:${entry.entryId}`;
}

async function undecidedCaseFor(
  db: Kysely<Database>,
  key: string,
): Promise<TransactionCaseRow | undefined> {
  return db
    .selectFrom('transaction_cases')
    .selectAll()
    .where('open_entry_key', '=', key)
    .executeTakeFirst();
}

/**
 * "Report a problem" on one of the customer's ledger entries or payments: a case for staff with the
 * entry as the customer saw it, acknowledged by e-mail. Reporting an entry whose case is still
 * undecided (a double click, a retry) answers with that case and sends nothing again.
 */
export async function reportTransaction(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer'>,
  request: Pick<RequestInfo, 'ip' | 'userAgent'>,
  customerId: string,
  report: TransactionReport,
): Promise<ReportAnswer> {
  const entry = await reportedEntry(deps.db, customerId, report);
  if (entry === undefined) throw entryNotFound();
  const key = openEntryKey(report);
  const existing = await undecidedCaseFor(deps.db, key);
  if (existing !== undefined) {
    return { caseId: existing.id, reference: existing.reference, alreadyReported: true };
  }
  const now = deps.clock();
  const at = instant(now);
  const row: TransactionCaseRow = {
    id: crypto.randomUUID(),
    reference: newCaseReference('R'),
    customer_id: customerId,
    agreement_id: entry.agreementId,
    entry_type: entry.entryType,
    entry_id: entry.entryId,
    entry_date: entry.date,
    entry_amount: entry.amount,
    entry_currency: entry.currency,
    entry_description: entry.description,
    reason: report.reason,
    details: report.details ?? null,
    status: 'open',
    outcome: null,
    assigned_staff_id: null,
    open_entry_key: key,
    created_at: at,
    updated_at: at,
    closed_at: null,
  };
  try {
    await deps.db.insertInto('transaction_cases').values(row).execute();
  } catch (error) {
    // Two reports of one entry at the same moment: the unique key let one in; answer with it.
    const winner = await undecidedCaseFor(deps.db, key);
    if (winner === undefined) throw error;
    return { caseId: winner.id, reference: winner.reference, alreadyReported: true };
  }
  await recordAudit(deps.db, now, request, {
    event: 'transaction_case.reported',
    actorType: 'customer',
    actorId: customerId,
    customerId,
    details: {
      caseId: row.id,
      reference: row.reference,
      entryType: row.entry_type,
      reason: row.reason,
    },
  });
  const contact = await customerContact(deps.db, customerId);
  await deps.mailer.send(
    transactionCaseAcknowledgementMail(mailBrandOf(deps.config), contact, {
      reference: row.reference,
      directDebitError: report.reason === 'direct_debit_error' ? deps.config.market : null,
    }),
  );
  return { caseId: row.id, reference: row.reference, alreadyReported: false };
}

/** The customer's reported problems, newest first, with where each stands and any outcome. */
export async function customerTransactionCases(
  db: Kysely<Database>,
  customerId: string,
): Promise<TransactionCaseView[]> {
  const rows = await db
    .selectFrom('transaction_cases')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map(caseViewOf);
}
