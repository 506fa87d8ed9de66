import type { Kysely } from 'kysely';
import type { LiveChatStatus } from '../../db/live-chat-tables.js';
import type { Database } from '../../db/schema.js';
import { messagesOfThread, type ThreadMessageView } from '../messages/thread-view.js';
import { findChat, type ChatSummary } from './live-chats.js';

/** A chat in the staff console's queue. */
export interface QueuedChat {
  threadId: string;
  customerId: string;
  customerName: string;
  status: LiveChatStatus;
  requestedAt: string;
  /** Seconds since the customer asked (waiting) or until a colleague accepted (active). */
  waitSeconds: number;
  staffId: string | null;
  staffName: string | null;
}

function secondsBetween(from: string, to: Date | string): number {
  return Math.max(0, Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 1000));
}

/** Chats not yet ended: waiting ones longest-waiting first, then those being answered. */
export async function chatQueue(db: Kysely<Database>, now: Date): Promise<QueuedChat[]> {
  const rows = await db
    .selectFrom('live_chats as l')
    .innerJoin('customers as c', 'c.id', 'l.customer_id')
    .leftJoin('staff as s', 's.id', 'l.staff_id')
    .select([
      'l.thread_id',
      'l.customer_id',
      'l.status',
      'l.requested_at',
      'l.accepted_at',
      'l.staff_id',
      'c.given_name',
      'c.family_name',
      's.display_name as staff_name',
    ])
    .where('l.status', '!=', 'ended')
    .orderBy('l.status', 'desc')
    .orderBy('l.requested_at')
    .orderBy('l.thread_id')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    threadId: row.thread_id,
    customerId: row.customer_id,
    customerName: `${row.given_name} ${row.family_name}`,
    status: row.status,
    requestedAt: row.requested_at,
    waitSeconds: secondsBetween(row.requested_at, row.accepted_at ?? now),
    staffId: row.staff_id,
    staffName: row.staff_name,
  }));
}

export interface StaffChatView extends ChatSummary {
  customerId: string;
  customerName: string;
  staffId: string | null;
  messages: ThreadMessageView[];
}

/** One chat with its transcript so far, for the member of staff answering or reading it. */
export async function staffChatView(
  db: Kysely<Database>,
  staffId: string,
  threadId: string,
): Promise<StaffChatView> {
  const chat = await findChat(db, { side: 'staff', id: staffId }, threadId);
  const customer = await db
    .selectFrom('customers')
    .select(['given_name', 'family_name'])
    .where('id', '=', chat.customerId)
    .executeTakeFirstOrThrow();
  return {
    ...chat,
    customerName: `${customer.given_name} ${customer.family_name}`,
    messages: await messagesOfThread(db, threadId),
  };
}
