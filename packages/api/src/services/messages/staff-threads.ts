import type { AppDeps } from '../../deps.js';
import type { ThreadStatus } from '../../db/message-tables.js';
import { recordAudit } from '../audit/audit-log.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { channelsFor } from '../notifications/preferences.js';
import { customerContact, sendNotification } from '../notifications/notify-customer.js';
import { instant } from '../time/instant.js';
import type { MessageActor } from './attachment-store.js';
import { messageWaitingNotification } from './message-mails.js';
import { asAttachmentError, threadNotFound } from './message-errors.js';
import { postMessage, type NewMessage } from './post-message.js';
import {
  markThreadRead,
  messagesOfThread,
  summaryOf,
  unreadByThread,
  type ThreadMessageView,
  type ThreadSummary,
} from './thread-view.js';

/** Which threads a member of staff is looking at. */
export type StaffQueue =
  { kind: 'unassigned' } | { kind: 'assigned'; staffId: string } | { kind: 'all' };

export interface StaffThreadSummary extends ThreadSummary {
  customerId: string;
  customerName: string;
  assignedStaffId: string | null;
}

export interface StaffThread extends StaffThreadSummary {
  messages: ThreadMessageView[];
}

export type StaffDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer' | 'sms'>;

function asStaff(staffId: string): MessageActor {
  return { type: 'staff', id: staffId };
}

function threadsWithCustomer(deps: Pick<AppDeps, 'db'>) {
  return deps.db
    .selectFrom('message_threads as t')
    .innerJoin('customers as c', 'c.id', 't.customer_id')
    .selectAll('t')
    .select(['c.given_name', 'c.family_name']);
}

type ThreadWithCustomer = Awaited<
  ReturnType<ReturnType<typeof threadsWithCustomer>['executeTakeFirstOrThrow']>
>;

function staffSummaryOf(row: ThreadWithCustomer, unreadCount: number): StaffThreadSummary {
  return {
    ...summaryOf(row, unreadCount),
    customerId: row.customer_id,
    customerName: `${row.given_name} ${row.family_name}`,
    assignedStaffId: row.assigned_staff_id,
  };
}

async function findThread(
  deps: Pick<AppDeps, 'db'>,
  threadId: string,
): Promise<ThreadWithCustomer> {
  const row = await threadsWithCustomer(deps).where('t.id', '=', threadId).executeTakeFirst();
  if (row === undefined) throw threadNotFound();
  return row;
}

/**
 * Threads for the staff inbox, newest activity first: the unassigned queue, one person's threads,
 * or all; open ones by default. Live chats have their own queue in the console, so they are not here.
 */
export async function staffThreads(
  deps: Pick<AppDeps, 'db'>,
  options: { queue: StaffQueue; status?: ThreadStatus | 'any'; limit?: number },
): Promise<StaffThreadSummary[]> {
  let query = threadsWithCustomer(deps).where('t.channel', '=', 'message');
  const status = options.status ?? 'open';
  if (status !== 'any') query = query.where('t.status', '=', status);
  if (options.queue.kind === 'unassigned') query = query.where('t.assigned_staff_id', 'is', null);
  if (options.queue.kind === 'assigned') {
    query = query.where('t.assigned_staff_id', '=', options.queue.staffId);
  }
  const rows = await query
    .orderBy('t.last_message_at', 'desc')
    .orderBy('t.id')
    .limit(Math.min(Math.max(options.limit ?? 100, 1), 500))
    .execute();
  const unread = await unreadByThread(
    deps.db,
    'staff',
    rows.map((row) => row.id),
  );
  return rows.map((row) => staffSummaryOf(row, unread.get(row.id) ?? 0));
}

/** A thread with every message, for staff; opening it marks the customer's messages read by staff. */
export async function openStaffThread(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  threadId: string,
): Promise<StaffThread> {
  const row = await findThread(deps, threadId);
  await markThreadRead(deps.db, 'staff', threadId, instant(deps.clock()));
  return { ...staffSummaryOf(row, 0), messages: await messagesOfThread(deps.db, threadId) };
}

/** Gives a thread to a member of staff (null puts it back in the unassigned queue); audited. */
export async function assignThread(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  input: { threadId: string; staffId: string; assignTo: string | null },
): Promise<void> {
  const row = await findThread(deps, input.threadId);
  await deps.db
    .updateTable('message_threads')
    .set({ assigned_staff_id: input.assignTo })
    .where('id', '=', input.threadId)
    .execute();
  await recordAudit(deps.db, deps.clock(), null, {
    event: 'message.thread_assigned',
    actorType: 'staff',
    actorId: input.staffId,
    customerId: row.customer_id,
    details: { threadId: input.threadId, assignedTo: input.assignTo },
  });
}

/**
 * Staff's reply, with any attachments the same member of staff uploaded. The customer is told a
 * message is waiting, on the channels they chose for messages, never with its content.
 */
export async function replyAsStaff(
  deps: StaffDeps,
  input: { threadId: string; staffId: string } & NewMessage,
): Promise<{ messageId: string }> {
  const row = await findThread(deps, input.threadId);
  const at = deps.clock();
  let messageId: string;
  try {
    messageId = await postMessage(deps.db, row, asStaff(input.staffId), input, instant(at));
  } catch (error) {
    throw asAttachmentError(error);
  }
  await recordAudit(deps.db, at, null, {
    event: 'message.staff_replied',
    actorType: 'staff',
    actorId: input.staffId,
    customerId: row.customer_id,
    details: { threadId: input.threadId, messageId, attachments: input.attachmentIds.length },
  });
  const contact = await customerContact(deps.db, row.customer_id);
  const notification = messageWaitingNotification(mailBrandOf(deps.config));
  for (const channel of await channelsFor(deps.db, row.customer_id, 'messages')) {
    await sendNotification(deps, channel, contact, notification);
  }
  return { messageId };
}

/** Closes a thread once it is answered (a later message from either side reopens it); audited. */
export async function closeThread(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  input: { threadId: string; staffId: string },
): Promise<void> {
  const row = await findThread(deps, input.threadId);
  const at = deps.clock();
  await deps.db
    .updateTable('message_threads')
    .set({ status: 'closed', closed_at: instant(at) })
    .where('id', '=', input.threadId)
    .execute();
  await recordAudit(deps.db, at, null, {
    event: 'message.thread_closed',
    actorType: 'staff',
    actorId: input.staffId,
    customerId: row.customer_id,
    details: { threadId: input.threadId },
  });
}
