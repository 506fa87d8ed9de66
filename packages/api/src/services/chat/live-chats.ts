import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps.js';
import type { LiveChatOutcome, LiveChatRow, LiveChatStatus } from '../../db/live-chat-tables.js';
import type { Database } from '../../db/schema.js';
import type { RequestInfo } from '../../http/request-info.js';
import { recordAudit } from '../audit/audit-log.js';
import { postMessage } from '../messages/post-message.js';
import { markThreadRead } from '../messages/thread-view.js';
import { instant } from '../time/instant.js';
import { chatTopic, QUEUE_TOPIC, type ChatSide } from './chat-bus.js';
import { chatAvailability } from './chat-availability.js';
import { chatClosedNow, chatEnded, chatNotFound, notYourChat } from './chat-errors.js';
import { onlineStaff } from './staff-presence.js';

export type ChatDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'chatBus' | 'logger'>;

/** Who acts on a chat: the customer (by customer id) or a member of staff (by staff id). */
export interface ChatActor {
  side: ChatSide;
  id: string;
}

/** A chat as either side sees it. */
export interface ChatSummary {
  threadId: string;
  status: LiveChatStatus;
  requestedAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
  outcome: LiveChatOutcome | null;
  /** Who answers it (their display name), null while it waits. */
  staffName: string | null;
}

const CHAT_SUBJECT = 'Live chat';

/**
 * Wakes subscribers after a change is committed. The database already holds the change, so a
 * notification that fails is logged, not the caller's error: subscribers also re-read on a timer.
 */
export async function wake(
  deps: Pick<ChatDeps, 'chatBus' | 'logger'>,
  threadId: string,
  options: { queue?: boolean } = {},
): Promise<void> {
  const topics = [chatTopic(threadId), ...(options.queue ? [QUEUE_TOPIC] : [])];
  for (const topic of topics) {
    await deps.chatBus.publish({ topic, kind: 'changed' }).catch((error: unknown) => {
      deps.logger.warn({ err: error, topic }, 'chat notification not sent');
    });
  }
}

function summaryOf(row: LiveChatRow & { staff_name: string | null }): ChatSummary {
  return {
    threadId: row.thread_id,
    status: row.status,
    requestedAt: row.requested_at,
    acceptedAt: row.accepted_at,
    endedAt: row.ended_at,
    outcome: row.outcome,
    staffName: row.staff_name,
  };
}

function chatsWithStaff(db: Kysely<Database>) {
  return db
    .selectFrom('live_chats')
    .leftJoin('staff', 'staff.id', 'live_chats.staff_id')
    .selectAll('live_chats')
    .select('staff.display_name as staff_name');
}

/** The chat as `actor` may see it: the customer only their own; staff any. */
export async function findChat(
  db: Kysely<Database>,
  actor: ChatActor,
  threadId: string,
): Promise<ChatSummary & { customerId: string; staffId: string | null }> {
  let query = chatsWithStaff(db).where('live_chats.thread_id', '=', threadId);
  if (actor.side === 'customer') query = query.where('live_chats.customer_id', '=', actor.id);
  const row = await query.executeTakeFirst();
  if (row === undefined) throw chatNotFound();
  return { ...summaryOf(row), customerId: row.customer_id, staffId: row.staff_id };
}

/** The customer's chat that has not ended, if any: a page reload resumes it. */
export async function currentCustomerChat(
  db: Kysely<Database>,
  customerId: string,
): Promise<ChatSummary | null> {
  const row = await chatsWithStaff(db)
    .where('live_chats.customer_id', '=', customerId)
    .where('live_chats.status', '!=', 'ended')
    .orderBy('live_chats.requested_at', 'desc')
    .executeTakeFirst();
  return row === undefined ? null : summaryOf(row);
}

/**
 * Starts a chat with the customer's first message, waiting in staff's queue: a thread on the chat
 * channel (so the transcript joins their messages) and its queue row, in one transaction. Refused
 * outside hours or with nobody online; a customer with a chat under way gets that one back, with
 * the message added to it.
 */
export async function startChat(
  deps: ChatDeps,
  customerId: string,
  input: { body: string },
  request: Pick<RequestInfo, 'ip' | 'userAgent'>,
): Promise<ChatSummary> {
  const current = await currentCustomerChat(deps.db, customerId);
  if (current !== null) {
    await sendChatMessage(deps, { side: 'customer', id: customerId }, current.threadId, input);
    return current;
  }
  if (!(await chatAvailability(deps)).available) throw chatClosedNow();
  const now = deps.clock();
  const at = instant(now);
  const threadId = crypto.randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await postMessage(
      trx,
      { id: threadId },
      { type: 'customer', id: customerId },
      { body: input.body, attachmentIds: [] },
      at,
      {
        createThread: {
          id: threadId,
          customer_id: customerId,
          subject: CHAT_SUBJECT,
          category: 'other',
          status: 'open',
          channel: 'chat',
          assigned_staff_id: null,
          created_at: at,
          last_message_at: at,
          closed_at: null,
        },
      },
    );
    await trx
      .insertInto('live_chats')
      .values({
        thread_id: threadId,
        customer_id: customerId,
        status: 'waiting',
        staff_id: null,
        requested_at: at,
        accepted_at: null,
        ended_at: null,
        ended_by: null,
        outcome: null,
      })
      .execute();
  });
  await recordAudit(deps.db, now, request, {
    event: 'chat.started',
    actorType: 'customer',
    actorId: customerId,
    customerId,
    details: { threadId },
  });
  await wake(deps, threadId, { queue: true });
  const started = await currentCustomerChat(deps.db, customerId);
  if (started === null) throw chatNotFound();
  return started;
}

/** The chat, checked for the actor: the customer's own; for staff, one they answer now. */
async function chatToWriteIn(deps: ChatDeps, actor: ChatActor, threadId: string) {
  const chat = await findChat(deps.db, actor, threadId);
  if (chat.status === 'ended') throw chatEnded();
  if (actor.side === 'staff' && chat.staffId !== actor.id) throw notYourChat();
  return chat;
}

/** The message with this id if `actor` already wrote it in this chat (a retried send). */
async function alreadySent(
  db: Kysely<Database>,
  actor: ChatActor,
  threadId: string,
  messageId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('thread_messages')
    .select(['thread_id', 'author_type', 'author_id'])
    .where('id', '=', messageId)
    .executeTakeFirst();
  if (row === undefined) return false;
  if (row.thread_id !== threadId || row.author_type !== actor.side || row.author_id !== actor.id) {
    // Someone else's id: refused like bad input, saying nothing about that message.
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Please send your message again.' });
  }
  return true;
}

/**
 * A message in a chat from either side; the other side's open windows receive it at once. With
 * the browser's `messageId`, a retried send is answered with the message already written.
 */
export async function sendChatMessage(
  deps: ChatDeps,
  actor: ChatActor,
  threadId: string,
  input: { body: string; messageId?: string | undefined },
): Promise<{ messageId: string }> {
  await chatToWriteIn(deps, actor, threadId);
  const given = input.messageId;
  if (given !== undefined && (await alreadySent(deps.db, actor, threadId, given))) {
    return { messageId: given };
  }
  let messageId: string;
  try {
    messageId = await postMessage(
      deps.db,
      { id: threadId },
      { type: actor.side, id: actor.id },
      { body: input.body, attachmentIds: [] },
      instant(deps.clock()),
      given === undefined ? {} : { messageId: given },
    );
  } catch (error) {
    // Two copies of one send at once: the other copy's insert won the unique id.
    if (given !== undefined && (await alreadySent(deps.db, actor, threadId, given))) {
      return { messageId: given };
    }
    throw error;
  }
  await wake(deps, threadId);
  return { messageId };
}

/** "Typing…" for the other side: never stored, only passed to subscribers. */
export async function signalTyping(
  deps: ChatDeps,
  actor: ChatActor,
  threadId: string,
): Promise<void> {
  await chatToWriteIn(deps, actor, threadId);
  await deps.chatBus
    .publish({ topic: chatTopic(threadId), kind: 'typing', by: actor.side })
    .catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'typing notification not sent');
    });
}

/** The actor has seen the other side's messages: their "read" ticks appear for the sender. */
export async function markChatRead(
  deps: ChatDeps,
  actor: ChatActor,
  threadId: string,
): Promise<void> {
  await findChat(deps.db, actor, threadId);
  await markThreadRead(deps.db, actor.side, threadId, instant(deps.clock()));
  await wake(deps, threadId);
}

/** A waiting chat taken by a member of staff; a second colleague accepting too is told so. */
export async function acceptChat(
  deps: ChatDeps,
  staffId: string,
  threadId: string,
  request: Pick<RequestInfo, 'ip' | 'userAgent'>,
): Promise<void> {
  const chat = await findChat(deps.db, { side: 'staff', id: staffId }, threadId);
  const now = deps.clock();
  const taken = await deps.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('live_chats')
      .set({ status: 'active', staff_id: staffId, accepted_at: instant(now) })
      .where('thread_id', '=', threadId)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx
      .updateTable('message_threads')
      .set({ assigned_staff_id: staffId })
      .where('id', '=', threadId)
      .execute();
    return true;
  });
  if (!taken) {
    throw new TRPCError({
      code: 'CONFLICT',
      message:
        chat.status === 'ended'
          ? 'This chat has already ended.'
          : 'A colleague has already accepted this chat.',
    });
  }
  await recordAudit(deps.db, now, request, {
    event: 'chat.accepted',
    actorType: 'staff',
    actorId: staffId,
    customerId: chat.customerId,
    details: { threadId },
  });
  await wake(deps, threadId, { queue: true });
}

/** Hands a chat the member answers to a colleague who is online now. */
export async function transferChat(
  deps: ChatDeps,
  staffId: string,
  input: { threadId: string; toStaffId: string },
  request: Pick<RequestInfo, 'ip' | 'userAgent'>,
): Promise<void> {
  const chat = await chatToWriteIn(deps, { side: 'staff', id: staffId }, input.threadId);
  const now = deps.clock();
  const [colleague] = await onlineStaff(deps.db, now, input.toStaffId);
  if (colleague === undefined || colleague.id === staffId) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Choose a colleague who is online for chat.',
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('live_chats')
      .set({ staff_id: colleague.id })
      .where('thread_id', '=', input.threadId)
      .where('staff_id', '=', staffId)
      .execute();
    await trx
      .updateTable('message_threads')
      .set({ assigned_staff_id: colleague.id })
      .where('id', '=', input.threadId)
      .execute();
  });
  await recordAudit(deps.db, now, request, {
    event: 'chat.transferred',
    actorType: 'staff',
    actorId: staffId,
    customerId: chat.customerId,
    details: { threadId: input.threadId, to: colleague.id },
  });
  await wake(deps, input.threadId, { queue: true });
}

/**
 * Ends a chat: staff record the outcome; a customer leaving records `customer_left`. The thread is
 * closed and stays in the customer's messages and on their record as the transcript.
 */
export async function endChat(
  deps: ChatDeps,
  actor: ChatActor,
  input: { threadId: string; outcome: LiveChatOutcome },
  request: Pick<RequestInfo, 'ip' | 'userAgent'>,
): Promise<void> {
  const chat = await findChat(deps.db, actor, input.threadId);
  if (chat.status === 'ended') return;
  if (actor.side === 'staff' && chat.status === 'active' && chat.staffId !== actor.id) {
    throw notYourChat();
  }
  const now = deps.clock();
  const at = instant(now);
  const ended = await deps.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('live_chats')
      .set({ status: 'ended', ended_at: at, ended_by: actor.side, outcome: input.outcome })
      .where('thread_id', '=', input.threadId)
      .where('status', '!=', 'ended')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx
      .updateTable('message_threads')
      .set({ status: 'closed', closed_at: at })
      .where('id', '=', input.threadId)
      .execute();
    return true;
  });
  if (!ended) return;
  await recordAudit(deps.db, now, request, {
    event: 'chat.ended',
    actorType: actor.side,
    actorId: actor.id,
    customerId: chat.customerId,
    details: { threadId: input.threadId, outcome: input.outcome },
  });
  await wake(deps, input.threadId, { queue: true });
}
