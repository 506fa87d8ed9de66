import type { Kysely } from 'kysely';
import type {
  MessageAuthorType,
  MessageThreadRow,
  ThreadCategory,
  ThreadChannel,
  ThreadStatus,
} from '../../db/message-tables.js';
import type { Database } from '../../db/schema.js';
import { attachmentsOfMessages, type AttachmentSummary } from './attachment-store.js';

/** A thread in an inbox: what it is about, where it stands, and how much is unread. */
export interface ThreadSummary {
  id: string;
  subject: string;
  category: ThreadCategory;
  status: ThreadStatus;
  /** A live chat's transcript or a secure-message conversation. */
  channel: ThreadChannel;
  createdAt: string;
  lastMessageAt: string;
  /** Messages from the other side this reader has not opened. */
  unreadCount: number;
}

/** One message as either side reads it. */
export interface ThreadMessageView {
  id: string;
  author: MessageAuthorType;
  body: string;
  createdAt: string;
  /** Whether the other side has opened it (the "read" tick under one's own message). */
  readByRecipient: boolean;
  attachments: AttachmentSummary[];
}

export function summaryOf(row: MessageThreadRow, unreadCount: number): ThreadSummary {
  return {
    id: row.id,
    subject: row.subject,
    category: row.category,
    status: row.status,
    channel: row.channel,
    createdAt: row.created_at,
    lastMessageAt: row.last_message_at,
    unreadCount,
  };
}

/** Unread messages per thread for one reader: messages the other side wrote and the reader has not opened. */
export async function unreadByThread(
  db: Kysely<Database>,
  reader: MessageAuthorType,
  threadIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (threadIds.length === 0) return counts;
  const readColumn = reader === 'customer' ? 'read_by_customer_at' : 'read_by_staff_at';
  const rows = await db
    .selectFrom('thread_messages')
    .select(['thread_id', (eb) => eb.fn.countAll<number | string>().as('unread')])
    .where('thread_id', 'in', threadIds)
    .where('author_type', '!=', reader)
    .where(readColumn, 'is', null)
    .groupBy('thread_id')
    .execute();
  for (const row of rows) counts.set(row.thread_id, Number(row.unread));
  return counts;
}

/** Every message of a thread in the order written, with its attachments. */
export async function messagesOfThread(
  db: Kysely<Database>,
  threadId: string,
): Promise<ThreadMessageView[]> {
  const rows = await db
    .selectFrom('thread_messages')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('seq')
    .execute();
  const attachments = await attachmentsOfMessages(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    author: row.author_type,
    body: row.body,
    createdAt: row.created_at,
    readByRecipient:
      (row.author_type === 'customer' ? row.read_by_staff_at : row.read_by_customer_at) !== null,
    attachments: attachments.get(row.id) ?? [],
  }));
}

/** Marks every message the other side wrote in a thread as opened by this reader. */
export async function markThreadRead(
  db: Kysely<Database>,
  reader: MessageAuthorType,
  threadId: string,
  at: string,
): Promise<void> {
  const readColumn = reader === 'customer' ? 'read_by_customer_at' : 'read_by_staff_at';
  await db
    .updateTable('thread_messages')
    .set({ [readColumn]: at })
    .where('thread_id', '=', threadId)
    .where('author_type', '!=', reader)
    .where(readColumn, 'is', null)
    .execute();
}
