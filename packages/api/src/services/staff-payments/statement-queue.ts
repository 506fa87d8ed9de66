import type { Currency, IsoDate, Minor } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { BankStatementLineStatus } from '../../db/staff-money-tables.js';
import type { Context } from '../../trpc/context.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { recordBankTransferReceiptIn } from '../payments/bank-transfer.js';
import { instant } from '../time/instant.js';
import { agreementByNumber } from './staff-agreement.js';

type StaffContext = Context & { staff: StaffActor };

/** A statement line as the queue shows it. */
export interface StatementLineView {
  id: string;
  receivedOn: IsoDate;
  amount: Minor;
  currency: Currency;
  reference: string;
  bankTransactionId: string | null;
  status: BankStatementLineStatus;
  agreementNumber: string | null;
  paymentId: string | null;
  resolutionReason: string | null;
  fileName: string;
  importedAt: string;
}

/**
 * Statement lines in one state, oldest first for the unmatched queue (first in, first resolved)
 * and newest first for the others.
 */
export async function statementLines(
  ctx: StaffContext,
  filter: { status: BankStatementLineStatus; limit: number },
): Promise<StatementLineView[]> {
  const rows = await ctx.deps.db
    .selectFrom('bank_statement_lines as l')
    .innerJoin('bank_statement_imports as i', 'i.id', 'l.import_id')
    .leftJoin('agreements as a', 'a.id', 'l.agreement_id')
    .select([
      'l.id',
      'l.received_on',
      'l.amount',
      'l.reference',
      'l.bank_transaction_id',
      'l.status',
      'l.payment_id',
      'l.resolution_reason',
      'a.agreement_number',
      'i.file_name',
      'i.imported_at',
    ])
    .where('l.status', '=', filter.status)
    .orderBy('l.created_at', filter.status === 'unmatched' ? 'asc' : 'desc')
    .orderBy('l.line_number')
    .orderBy('l.id')
    .limit(filter.limit)
    .execute();
  // The lender's account holds one currency: the market's.
  const currency: Currency = ctx.deps.config.market === 'US' ? 'USD' : 'GBP';
  return rows.map((row) => ({
    id: row.id,
    receivedOn: row.received_on,
    amount: row.amount,
    currency,
    reference: row.reference,
    bankTransactionId: row.bank_transaction_id,
    status: row.status,
    agreementNumber: row.agreement_number,
    paymentId: row.payment_id,
    resolutionReason: row.resolution_reason,
    fileName: row.file_name,
    importedAt: row.imported_at,
  }));
}

const ALREADY_RESOLVED = 'Someone has already resolved this line. Refresh the queue.';

/**
 * Pays an unmatched line to the agreement staff found for it, with their reason. The line is
 * claimed by moving it out of 'unmatched' in the same transaction as the payment, so two members
 * of staff resolving it at once record it once.
 */
export async function assignStatementLine(
  ctx: StaffContext,
  input: { lineId: string; agreementNumber: string; reason: string },
): Promise<{ paymentId: string }> {
  const agreement = await agreementByNumber(ctx.deps.db, input.agreementNumber);
  const now = ctx.deps.clock();
  const paymentId = await ctx.deps.db.transaction().execute(async (trx) => {
    const line = await trx
      .updateTable('bank_statement_lines')
      .set({
        status: 'assigned',
        agreement_id: agreement.id,
        resolution_reason: input.reason,
        resolved_by: ctx.staff.id,
        resolved_at: instant(now),
      })
      .where('id', '=', input.lineId)
      .where('status', '=', 'unmatched')
      .returningAll()
      .executeTakeFirst();
    if (line === undefined) throw await notUnmatched(trx, input.lineId);
    const { payment } = await recordBankTransferReceiptIn(trx, {
      agreementId: agreement.id,
      amount: line.amount,
      receivedOn: line.received_on,
      statementReference: line.dedupe_key,
      recordedBy: { actorType: 'staff', actorId: ctx.staff.id },
      at: now,
    });
    await trx
      .updateTable('bank_statement_lines')
      .set({ payment_id: payment.id })
      .where('id', '=', line.id)
      .execute();
    return payment.id;
  });
  await auditStaffAction(ctx, {
    event: 'payment.statement_line_assigned',
    customerId: agreement.customer_id,
    details: { lineId: input.lineId, paymentId, reason: input.reason },
  });
  return { paymentId };
}

/** Takes an unmatched line off the queue as not a customer's payment (e.g. a supplier refund). */
export async function dismissStatementLine(
  ctx: StaffContext,
  input: { lineId: string; reason: string },
): Promise<{ dismissed: true }> {
  const dismissed = await ctx.deps.db
    .updateTable('bank_statement_lines')
    .set({
      status: 'dismissed',
      resolution_reason: input.reason,
      resolved_by: ctx.staff.id,
      resolved_at: instant(ctx.deps.clock()),
    })
    .where('id', '=', input.lineId)
    .where('status', '=', 'unmatched')
    .executeTakeFirst();
  if (dismissed.numUpdatedRows === 0n) throw await notUnmatched(ctx.deps.db, input.lineId);
  await auditStaffAction(ctx, {
    event: 'payment.statement_line_dismissed',
    customerId: null,
    details: { lineId: input.lineId, reason: input.reason },
  });
  return { dismissed: true };
}

/** Why a line could not be resolved: it does not exist, or it is no longer waiting. */
async function notUnmatched(db: Kysely<Database>, lineId: string): Promise<TRPCError> {
  const exists = await db
    .selectFrom('bank_statement_lines')
    .select('id')
    .where('id', '=', lineId)
    .executeTakeFirst();
  return exists === undefined
    ? new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that statement line.' })
    : new TRPCError({ code: 'CONFLICT', message: ALREADY_RESOLVED });
}
