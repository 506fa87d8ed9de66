import {
  FINAL_TRANSACTION_CASE_STATUSES,
  type InboxQueue,
  type TransactionCaseStatus,
} from '@marque/schemas';
import { TRPCError } from '@trpc/server';
import type { AppDeps } from '../../deps.js';
import type { RequestInfo } from '../../http/request-info.js';
import { auditStaffAction, type StaffActor } from '../audit/staff-audit.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { customerContact } from '../notifications/notify-customer.js';
import { requireAssignable, staffNames } from '../staff/colleagues.js';
import { instant } from '../time/instant.js';
import { caseViewOf, type TransactionCaseView } from './case-view.js';
import { transactionCaseDecidedMail } from './transaction-case-mails.js';

/** Who is acting: a signed-in member of staff, as staffProcedure puts it in the context. */
export interface StaffCaseContext {
  deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer'>;
  req: RequestInfo;
  staff: StaffActor;
}

export interface StaffTransactionCase extends TransactionCaseView {
  customerId: string;
  customerName: string;
  agreementNumber: string;
  assignedStaffId: string | null;
  assignedStaffName: string | null;
}

export interface TransactionCaseUpdate {
  id: string;
  staffId: string;
  staffName: string;
  status: TransactionCaseStatus;
  note: string;
  createdAt: string;
}

export interface StaffTransactionCaseDetail extends StaffTransactionCase {
  /** Every change of status with staff's note, oldest first. */
  updates: TransactionCaseUpdate[];
}

/** Which cases by status: 'undecided' is open and investigating together, the working list. */
export type CaseStatusFilter = TransactionCaseStatus | 'undecided' | 'any';

function caseNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that case.' });
}

function casesWithCustomer(ctx: Pick<StaffCaseContext, 'deps'>) {
  return ctx.deps.db
    .selectFrom('transaction_cases as k')
    .innerJoin('customers as c', 'c.id', 'k.customer_id')
    .innerJoin('agreements as a', 'a.id', 'k.agreement_id')
    .selectAll('k')
    .select(['c.given_name', 'c.family_name', 'a.agreement_number']);
}

type CaseWithCustomer = Awaited<
  ReturnType<ReturnType<typeof casesWithCustomer>['executeTakeFirstOrThrow']>
>;

function staffCaseOf(row: CaseWithCustomer, names: Map<string, string>): StaffTransactionCase {
  return {
    ...caseViewOf(row),
    customerId: row.customer_id,
    customerName: `${row.given_name} ${row.family_name}`,
    agreementNumber: row.agreement_number,
    assignedStaffId: row.assigned_staff_id,
    assignedStaffName:
      row.assigned_staff_id === null ? null : (names.get(row.assigned_staff_id) ?? null),
  };
}

async function findCase(ctx: Pick<StaffCaseContext, 'deps'>, caseId: string) {
  const row = await casesWithCustomer(ctx).where('k.id', '=', caseId).executeTakeFirst();
  if (row === undefined) throw caseNotFound();
  return row;
}

/** Reported problems for staff, oldest first (first come, first served); undecided by default. */
export async function staffTransactionCases(
  ctx: Pick<StaffCaseContext, 'deps' | 'staff'>,
  options: { queue: InboxQueue; status: CaseStatusFilter },
): Promise<StaffTransactionCase[]> {
  let query = casesWithCustomer(ctx);
  if (options.status === 'undecided')
    query = query.where('k.status', 'in', ['open', 'investigating']);
  else if (options.status !== 'any') query = query.where('k.status', '=', options.status);
  if (options.queue === 'unassigned') query = query.where('k.assigned_staff_id', 'is', null);
  if (options.queue === 'mine') query = query.where('k.assigned_staff_id', '=', ctx.staff.id);
  const rows = await query.orderBy('k.created_at').orderBy('k.id').limit(500).execute();
  const names = await staffNames(
    ctx.deps.db,
    rows.map((row) => row.assigned_staff_id),
  );
  return rows.map((row) => staffCaseOf(row, names));
}

/** One case with its history. */
export async function staffTransactionCase(
  ctx: Pick<StaffCaseContext, 'deps'>,
  caseId: string,
): Promise<StaffTransactionCaseDetail> {
  const row = await findCase(ctx, caseId);
  const updates = await ctx.deps.db
    .selectFrom('transaction_case_updates')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  const names = await staffNames(ctx.deps.db, [
    row.assigned_staff_id,
    ...updates.map((update) => update.staff_id),
  ]);
  return {
    ...staffCaseOf(row, names),
    updates: updates.map((update) => ({
      id: update.id,
      staffId: update.staff_id,
      staffName: names.get(update.staff_id) ?? 'Former member of staff',
      status: update.status,
      note: update.note,
      createdAt: update.created_at,
    })),
  };
}

/** Gives a case to a colleague who can sign in (null puts it back in the queue); audited. */
export async function assignTransactionCase(
  ctx: StaffCaseContext,
  input: { caseId: string; assignTo: string | null },
): Promise<void> {
  const row = await findCase(ctx, input.caseId);
  await requireAssignable(ctx.deps.db, input.assignTo);
  await ctx.deps.db
    .updateTable('transaction_cases')
    .set({ assigned_staff_id: input.assignTo, updated_at: instant(ctx.deps.clock()) })
    .where('id', '=', input.caseId)
    .execute();
  await auditStaffAction(ctx, {
    event: 'transaction_case.assigned',
    customerId: row.customer_id,
    details: { caseId: input.caseId, assignedTo: input.assignTo },
  });
}

/**
 * Moves a case on with a note for its history. Resolving or rejecting decides it: the outcome is
 * kept for the customer, the entry may be reported again, and the customer is e-mailed that there
 * is news (not what it is). A decided case does not change again.
 */
export async function updateTransactionCase(
  ctx: StaffCaseContext,
  input: {
    caseId: string;
    status: TransactionCaseStatus;
    note: string;
    outcome?: string | undefined;
  },
): Promise<void> {
  const row = await findCase(ctx, input.caseId);
  const final = FINAL_TRANSACTION_CASE_STATUSES.includes(input.status);
  if (final && input.outcome === undefined) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Write the outcome the customer will read.',
    });
  }
  const now = ctx.deps.clock();
  const at = instant(now);
  const changed = await ctx.deps.db.transaction().execute(async (trx) => {
    // Only an undecided case moves: two colleagues deciding at once cannot both succeed.
    const result = await trx
      .updateTable('transaction_cases')
      .set({
        status: input.status,
        updated_at: at,
        ...(final ? { outcome: input.outcome ?? null, open_entry_key: null, closed_at: at } : {}),
      })
      .where('id', '=', input.caseId)
      .where('status', 'in', ['open', 'investigating'])
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await trx
      .insertInto('transaction_case_updates')
      .values({
        id: crypto.randomUUID(),
        case_id: input.caseId,
        staff_id: ctx.staff.id,
        status: input.status,
        note: input.note,
        created_at: at,
      })
      .execute();
    return true;
  });
  if (!changed) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'This case has already been decided. Refresh to see its outcome.',
    });
  }
  await auditStaffAction(ctx, {
    event: 'transaction_case.updated',
    customerId: row.customer_id,
    details: { caseId: input.caseId, status: input.status },
  });
  if (final) {
    const contact = await customerContact(ctx.deps.db, row.customer_id);
    await ctx.deps.mailer.send(
      transactionCaseDecidedMail(mailBrandOf(ctx.deps.config), contact, row.reference),
    );
  }
}
