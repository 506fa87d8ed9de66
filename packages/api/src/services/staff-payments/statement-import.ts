import { createHash } from 'node:crypto';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { recordBankTransferReceiptIn } from '../payments/bank-transfer.js';
import { instant } from '../time/instant.js';
import { agreementForReference } from './reference-match.js';
import { readStatementCsv } from './statement-csv.js';

type StaffContext = Context & { staff: StaffActor };

export interface StatementImportResult {
  importId: string;
  /** Credits in the file. */
  lines: number;
  /** Paid to the agreement their reference named. */
  matched: number;
  /** Waiting in the queue for staff. */
  unmatched: number;
  /** Already imported before (or twice in this file): nothing added. */
  duplicates: number;
  /** Debits on the statement: not money received, not imported. */
  debitsSkipped: number;
}

/**
 * Imports a bank statement CSV in one transaction: each credit is recorded once ever (by the
 * bank's transaction id, or a hash of the line), paid to the agreement its reference names through
 * the bank-transfer receipt service, or queued for staff when no single agreement matches. Importing
 * the same or an overlapping file again adds nothing; an unreadable file adds nothing at all.
 */
export async function importBankStatement(
  ctx: StaffContext,
  file: { fileName: string; content: string },
): Promise<StatementImportResult> {
  const read = readStatementCsv(file.content, ctx.deps.config.market);
  if (!read.ok) {
    throw fieldError(
      { content: read.problems.join(' ') },
      'The file could not be imported, so nothing was recorded.',
    );
  }
  const now = ctx.deps.clock();
  const at = instant(now);
  const importId = crypto.randomUUID();
  const result: StatementImportResult = {
    importId,
    lines: read.credits.length,
    matched: 0,
    unmatched: 0,
    duplicates: 0,
    debitsSkipped: read.debitsSkipped,
  };
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('bank_statement_imports')
      .values({
        id: importId,
        file_name: file.fileName,
        file_sha256: createHash('sha256').update(file.content).digest('hex'),
        imported_by: ctx.staff.id,
        imported_at: at,
        line_count: read.credits.length,
        matched_count: 0,
        unmatched_count: 0,
        duplicate_count: 0,
      })
      .execute();
    for (const credit of read.credits) {
      const lineId = crypto.randomUUID();
      const inserted = await trx
        .insertInto('bank_statement_lines')
        .values({
          id: lineId,
          import_id: importId,
          dedupe_key: credit.dedupeKey,
          line_number: credit.lineNumber,
          bank_transaction_id: credit.bankTransactionId,
          received_on: credit.receivedOn,
          amount: credit.amount,
          reference: credit.reference,
          status: 'unmatched',
          agreement_id: null,
          payment_id: null,
          resolution_reason: null,
          resolved_by: null,
          resolved_at: null,
          created_at: at,
        })
        .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted === undefined) {
        result.duplicates += 1;
        continue;
      }
      const agreement = await agreementForReference(trx, credit.reference);
      if (agreement === null) {
        result.unmatched += 1;
        continue;
      }
      const { payment } = await recordBankTransferReceiptIn(trx, {
        agreementId: agreement.id,
        amount: credit.amount,
        receivedOn: credit.receivedOn,
        statementReference: credit.dedupeKey,
        recordedBy: { actorType: 'staff', actorId: ctx.staff.id },
        at: now,
      });
      await trx
        .updateTable('bank_statement_lines')
        .set({ status: 'matched', agreement_id: agreement.id, payment_id: payment.id })
        .where('id', '=', lineId)
        .execute();
      result.matched += 1;
    }
    await trx
      .updateTable('bank_statement_imports')
      .set({
        matched_count: result.matched,
        unmatched_count: result.unmatched,
        duplicate_count: result.duplicates,
      })
      .where('id', '=', importId)
      .execute();
  });
  await auditStaffAction(ctx, {
    event: 'payment.statement_imported',
    customerId: null,
    details: {
      importId,
      fileName: file.fileName,
      lines: result.lines,
      matched: result.matched,
      unmatched: result.unmatched,
      duplicates: result.duplicates,
    },
  });
  return result;
}
