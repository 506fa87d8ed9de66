import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { findMail, mailboxPage } from './outbox-reader.js';

type StaffContext = Context & { staff: StaffActor };

export interface MailboxEntry {
  id: string;
  seq: number;
  to: string;
  subject: string;
  status: string;
  createdAt: string;
}

export interface MailboxMessage extends MailboxEntry {
  text: string;
  html: string;
}

/**
 * A page of the outbox, newest first. `delivery` says whether messages also went out over SMTP:
 * when they did not, this mailbox is the only place they can be read.
 */
export async function listMailbox(
  ctx: StaffContext,
  page: { before?: number | undefined; limit: number },
): Promise<{
  delivery: 'smtp' | 'outbox_only';
  messages: MailboxEntry[];
  nextCursor: number | null;
}> {
  const rows = await mailboxPage(ctx.deps.db, { before: page.before, limit: page.limit + 1 });
  const messages = rows.slice(0, page.limit).map((row) => ({
    id: row.id,
    seq: row.seq,
    to: row.to_address,
    subject: row.subject,
    status: row.status,
    createdAt: row.created_at,
  }));
  const last = messages.at(-1);
  return {
    delivery: ctx.deps.config.smtpUrl === null ? 'outbox_only' : 'smtp',
    messages,
    nextCursor: rows.length > page.limit && last ? last.seq : null,
  };
}

/** One message in full. Reading is audited: messages carry single-use links and personal details. */
export async function readMailboxMessage(
  ctx: StaffContext,
  input: { id: string },
): Promise<MailboxMessage> {
  const row = await findMail(ctx.deps.db, input.id);
  if (row === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that message.' });
  }
  await auditStaffAction(ctx, { event: 'mailbox.message_read', details: { messageId: row.id } });
  return {
    id: row.id,
    seq: row.seq,
    to: row.to_address,
    subject: row.subject,
    status: row.status,
    createdAt: row.created_at,
    text: row.text_body,
    html: row.html_body,
  };
}
