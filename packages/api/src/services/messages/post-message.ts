import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MessageThreadRow, NewMessageThreadRow } from '../../db/message-tables.js';
import { claimAttachments, type MessageActor } from './attachment-store.js';
import { markThreadRead } from './thread-view.js';

function isTransaction(db: Kysely<Database>): db is Transaction<Database> {
  return db.isTransaction;
}

export interface NewMessage {
  body: string;
  attachmentIds: readonly string[];
}

/**
 * Adds a message to a thread with its attachments and moves the thread to the top of both inboxes,
 * in one transaction: an attachment that is not the sender's free upload leaves nothing written.
 * A message to a closed thread reopens it. Writing in a thread means having read it: the other
 * side's messages are marked read by the writer. Called with a transaction, it writes within it.
 */
export async function postMessage(
  db: Kysely<Database>,
  thread: Pick<MessageThreadRow, 'id'>,
  sender: MessageActor,
  message: NewMessage,
  at: string,
  options: { createThread?: NewMessageThreadRow; messageId?: string } = {},
): Promise<string> {
  const messageId = options.messageId ?? crypto.randomUUID();
  const write = async (trx: Transaction<Database>) => {
    if (options.createThread !== undefined) {
      await trx.insertInto('message_threads').values(options.createThread).execute();
    } else {
      await trx
        .updateTable('message_threads')
        .set({ last_message_at: at, status: 'open', closed_at: null })
        .where('id', '=', thread.id)
        .execute();
    }
    await trx
      .insertInto('thread_messages')
      .values({
        id: messageId,
        thread_id: thread.id,
        author_type: sender.type,
        author_id: sender.id,
        body: message.body,
        read_by_customer_at: sender.type === 'customer' ? at : null,
        read_by_staff_at: sender.type === 'staff' ? at : null,
        created_at: at,
      })
      .execute();
    await claimAttachments(trx, sender, messageId, message.attachmentIds);
    await markThreadRead(trx, sender.type, thread.id, at);
  };
  // Inside a caller's transaction (a chat writes its queue row with its first message), join it.
  if (isTransaction(db)) await write(db);
  else await db.transaction().execute(write);
  return messageId;
}
