import type { Kysely } from 'kysely';
import { TRPCError } from '@trpc/server';
import type { AppDeps } from '../../deps.js';
import type { ContactCaseRow, ContactCaseStatus } from '../../db/message-tables.js';
import type { Database } from '../../db/schema.js';
import type { RequestInfo } from '../../http/request-info.js';
import { recordAudit } from '../audit/audit-log.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { instant } from '../time/instant.js';
import { contactAcknowledgementMail, contactReplyMail } from './contact-mails.js';
import { newContactReference } from './contact-reference.js';

export interface ContactSubmission {
  name: string;
  email: string;
  phone: string;
  agreementNumber?: string | undefined;
  message: string;
}

type ContactDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer'>;

/**
 * A contact-form message becomes a case in staff's queue, and the sender gets an acknowledgement
 * with its reference. Nothing is linked to a customer: the sender has not proved who they are.
 */
export async function submitContact(
  deps: ContactDeps,
  request: Pick<RequestInfo, 'ip' | 'userAgent'>,
  submission: ContactSubmission,
): Promise<{ reference: string }> {
  const now = deps.clock();
  const at = instant(now);
  const row = {
    id: crypto.randomUUID(),
    reference: newContactReference(),
    name: submission.name,
    email: submission.email.toLowerCase(),
    phone: submission.phone,
    agreement_number: submission.agreementNumber ?? null,
    message: submission.message,
    status: 'open' as const,
    assigned_staff_id: null,
    created_at: at,
    updated_at: at,
    closed_at: null,
  };
  await deps.db.insertInto('contact_cases').values(row).execute();
  await recordAudit(deps.db, now, request, {
    event: 'contact.submitted',
    actorType: 'anonymous',
    details: { caseId: row.id, reference: row.reference },
  });
  await deps.mailer.send(
    contactAcknowledgementMail(mailBrandOf(deps.config), row.email, row.reference),
  );
  return { reference: row.reference };
}

/** A contact case as staff see it. */
export interface ContactCase {
  id: string;
  reference: string;
  name: string;
  email: string;
  phone: string;
  agreementNumber: string | null;
  message: string;
  status: ContactCaseStatus;
  assignedStaffId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactCaseReply {
  id: string;
  staffId: string;
  body: string;
  createdAt: string;
}

function caseOf(row: ContactCaseRow): ContactCase {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    email: row.email,
    phone: row.phone,
    agreementNumber: row.agreement_number,
    message: row.message,
    status: row.status,
    assignedStaffId: row.assigned_staff_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type ContactQueue =
  { kind: 'unassigned' } | { kind: 'assigned'; staffId: string } | { kind: 'all' };

/** Contact cases for staff, oldest first (first come, first served); open ones by default. */
export async function contactCases(
  db: Kysely<Database>,
  options: { queue: ContactQueue; status?: ContactCaseStatus | 'any'; limit?: number },
): Promise<ContactCase[]> {
  let query = db.selectFrom('contact_cases').selectAll();
  const status = options.status ?? 'open';
  if (status !== 'any') query = query.where('status', '=', status);
  if (options.queue.kind === 'unassigned') query = query.where('assigned_staff_id', 'is', null);
  if (options.queue.kind === 'assigned') {
    query = query.where('assigned_staff_id', '=', options.queue.staffId);
  }
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(Math.min(Math.max(options.limit ?? 100, 1), 500))
    .execute();
  return rows.map(caseOf);
}

function caseNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that contact case.' });
}

async function findCase(db: Kysely<Database>, caseId: string): Promise<ContactCaseRow> {
  const row = await db
    .selectFrom('contact_cases')
    .selectAll()
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (row === undefined) throw caseNotFound();
  return row;
}

/** One case with staff's replies, oldest first. */
export async function contactCase(
  db: Kysely<Database>,
  caseId: string,
): Promise<ContactCase & { replies: ContactCaseReply[] }> {
  const row = await findCase(db, caseId);
  const replies = await db
    .selectFrom('contact_case_replies')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  return {
    ...caseOf(row),
    replies: replies.map((reply) => ({
      id: reply.id,
      staffId: reply.staff_id,
      body: reply.body,
      createdAt: reply.created_at,
    })),
  };
}

/** Gives a case to a member of staff (null puts it back in the unassigned queue); audited. */
export async function assignContactCase(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  input: { caseId: string; staffId: string; assignTo: string | null },
): Promise<void> {
  await findCase(deps.db, input.caseId);
  const now = deps.clock();
  await deps.db
    .updateTable('contact_cases')
    .set({ assigned_staff_id: input.assignTo, updated_at: instant(now) })
    .where('id', '=', input.caseId)
    .execute();
  await recordAudit(deps.db, now, null, {
    event: 'contact.case_assigned',
    actorType: 'staff',
    actorId: input.staffId,
    details: { caseId: input.caseId, assignedTo: input.assignTo },
  });
}

/** Staff's answer, kept on the case and e-mailed to the address the sender gave; audited. */
export async function replyToContactCase(
  deps: ContactDeps,
  input: { caseId: string; staffId: string; body: string },
): Promise<{ replyId: string }> {
  const row = await findCase(deps.db, input.caseId);
  const now = deps.clock();
  const replyId = crypto.randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('contact_case_replies')
      .values({
        id: replyId,
        case_id: input.caseId,
        staff_id: input.staffId,
        body: input.body,
        created_at: instant(now),
      })
      .execute();
    await trx
      .updateTable('contact_cases')
      .set({ updated_at: instant(now) })
      .where('id', '=', input.caseId)
      .execute();
  });
  await recordAudit(deps.db, now, null, {
    event: 'contact.case_replied',
    actorType: 'staff',
    actorId: input.staffId,
    details: { caseId: input.caseId, replyId },
  });
  await deps.mailer.send(
    contactReplyMail(mailBrandOf(deps.config), row.email, {
      reference: row.reference,
      body: input.body,
    }),
  );
  return { replyId };
}

/** Closes a case; audited. */
export async function closeContactCase(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  input: { caseId: string; staffId: string },
): Promise<void> {
  await findCase(deps.db, input.caseId);
  const now = deps.clock();
  await deps.db
    .updateTable('contact_cases')
    .set({ status: 'closed', closed_at: instant(now), updated_at: instant(now) })
    .where('id', '=', input.caseId)
    .execute();
  await recordAudit(deps.db, now, null, {
    event: 'contact.case_closed',
    actorType: 'staff',
    actorId: input.staffId,
    details: { caseId: input.caseId },
  });
}
