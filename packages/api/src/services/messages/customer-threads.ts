import type { Kysely } from 'kysely';
import type { ThreadCategory } from '../../db/message-tables.js';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import type { MessageActor } from './attachment-store.js';
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

/** The most threads an inbox lists (newest first): far more than any customer keeps. */
const INBOX_LIMIT = 200;

export interface CustomerThread extends ThreadSummary {
  messages: ThreadMessageView[];
}

function asCustomer(customerId: string): MessageActor {
  return { type: 'customer', id: customerId };
}

/** The customer's threads, newest activity first, with unread counts. */
export async function customerThreads(
  db: Kysely<Database>,
  customerId: string,
): Promise<ThreadSummary[]> {
  const rows = await db
    .selectFrom('message_threads')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('last_message_at', 'desc')
    .orderBy('id')
    .limit(INBOX_LIMIT)
    .execute();
  const unread = await unreadByThread(
    db,
    'customer',
    rows.map((row) => row.id),
  );
  return rows.map((row) => summaryOf(row, unread.get(row.id) ?? 0));
}

/** Messages from staff the customer has not opened, across every thread. */
export async function customerUnreadCount(
  db: Kysely<Database>,
  customerId: string,
): Promise<number> {
  const row = await db
    .selectFrom('thread_messages as m')
    .innerJoin('message_threads as t', 't.id', 'm.thread_id')
    .select((eb) => eb.fn.countAll<number | string>().as('unread'))
    .where('t.customer_id', '=', customerId)
    .where('m.author_type', '=', 'staff')
    .where('m.read_by_customer_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.unread ?? 0);
}

async function ownThread(db: Kysely<Database>, customerId: string, threadId: string) {
  const row = await db
    .selectFrom('message_threads')
    .selectAll()
    .where('id', '=', threadId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (row === undefined) throw threadNotFound();
  return row;
}

/** One of the customer's threads with every message; opening it marks staff's messages read. */
export async function openCustomerThread(
  db: Kysely<Database>,
  customerId: string,
  threadId: string,
  now: Date,
): Promise<CustomerThread> {
  const row = await ownThread(db, customerId, threadId);
  await markThreadRead(db, 'customer', threadId, instant(now));
  return { ...summaryOf(row, 0), messages: await messagesOfThread(db, threadId) };
}

/** A new thread from the customer, waiting in staff's unassigned queue. */
export async function startCustomerThread(
  db: Kysely<Database>,
  customerId: string,
  thread: { subject: string; category: ThreadCategory } & NewMessage,
  now: Date,
): Promise<{ threadId: string }> {
  const at = instant(now);
  const threadId = crypto.randomUUID();
  try {
    await postMessage(db, { id: threadId }, asCustomer(customerId), thread, at, {
      createThread: {
        id: threadId,
        customer_id: customerId,
        subject: thread.subject,
        category: thread.category,
        status: 'open',
        assigned_staff_id: null,
        created_at: at,
        last_message_at: at,
        closed_at: null,
      },
    });
  } catch (error) {
    throw asAttachmentError(error);
  }
  return { threadId };
}

/** The customer's reply in one of their threads (reopening it if staff had closed it). */
export async function replyAsCustomer(
  db: Kysely<Database>,
  customerId: string,
  threadId: string,
  message: NewMessage,
  now: Date,
): Promise<{ messageId: string }> {
  await ownThread(db, customerId, threadId);
  try {
    return {
      messageId: await postMessage(
        db,
        { id: threadId },
        asCustomer(customerId),
        message,
        instant(now),
      ),
    };
  } catch (error) {
    throw asAttachmentError(error);
  }
}
