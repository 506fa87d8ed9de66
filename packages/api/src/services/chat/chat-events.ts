import { tracked, type TrackedEnvelope } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { LiveChatOutcome, LiveChatStatus } from '../../db/live-chat-tables.js';
import type { MessageAuthorType } from '../../db/message-tables.js';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import { chatTopic, type ChatSide } from './chat-bus.js';
import { chatServerRestarting } from './chat-errors.js';
import { findChat, wake, type ChatActor, type ChatDeps } from './live-chats.js';
import { WakeUp } from './wake-up.js';

/** A chat message as it streams: `seq` orders it and is its event id. */
export interface ChatMessageEvent {
  type: 'message';
  seq: number;
  id: string;
  author: MessageAuthorType;
  body: string;
  createdAt: string;
}

/**
 * Where the chat stands, sent on connecting and whenever it changes: who answers it, and how far
 * the other side has received (delivered) and opened (read) the reader's own messages, by seq.
 */
export interface ChatStateEvent {
  type: 'state';
  status: LiveChatStatus;
  staffName: string | null;
  outcome: LiveChatOutcome | null;
  deliveredThrough: number;
  readThrough: number;
}

export interface ChatTypingEvent {
  type: 'typing';
  by: ChatSide;
}

export type ChatEvent = ChatMessageEvent | ChatStateEvent | ChatTypingEvent;

/** How long a subscriber sleeps without a wake-up before it re-reads anyway. */
export const CHAT_RECHECK_MS = 10_000;
const PAGE = 200;

function otherSide(side: ChatSide): ChatSide {
  return side === 'customer' ? 'staff' : 'customer';
}

async function messagesAfter(db: Kysely<Database>, threadId: string, afterSeq: number) {
  return db
    .selectFrom('thread_messages')
    .select(['seq', 'id', 'author_type', 'body', 'created_at'])
    .where('thread_id', '=', threadId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(PAGE)
    .execute();
}

/** The highest seq of `side`'s messages that the other side has received and has read. */
async function receiptsOf(db: Kysely<Database>, threadId: string, side: ChatSide) {
  const readColumn = side === 'customer' ? 'read_by_staff_at' : 'read_by_customer_at';
  const row = await db
    .selectFrom('thread_messages')
    .select((eb) => [
      eb.fn
        .max(eb.case().when('delivered_at', 'is not', null).then(eb.ref('seq')).else(0).end())
        .as('delivered'),
      eb.fn
        .max(eb.case().when(readColumn, 'is not', null).then(eb.ref('seq')).else(0).end())
        .as('read'),
    ])
    .where('thread_id', '=', threadId)
    .where('author_type', '=', side)
    .executeTakeFirst();
  const read = row?.read ?? 0;
  // Opening a message means it arrived, whichever tick the recipient's window sent first.
  return { deliveredThrough: Math.max(row?.delivered ?? 0, read), readThrough: read };
}

/** Marks the other side's messages up to `throughSeq` delivered to this reader; true if any were new. */
async function markDelivered(
  db: Kysely<Database>,
  threadId: string,
  reader: ChatSide,
  throughSeq: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('thread_messages')
    .set({ delivered_at: at })
    .where('thread_id', '=', threadId)
    .where('author_type', '=', otherSide(reader))
    .where('delivered_at', 'is', null)
    .where('seq', '<=', throughSeq)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * A chat as a stream for one side: every message after `lastEventId` from the database (so a
 * reconnect misses nothing and repeats nothing), then each new one as the bus wakes us, each
 * tracked by its seq; the chat's state when it changes; the other side's typing. Messages reaching
 * this reader are marked delivered. Ends when the chat has ended, when `stillAllowed` says the
 * session has gone, or when the request is aborted; when the instance shuts down it ends with a
 * retryable error, so the browser reconnects elsewhere.
 */
export async function* chatEvents(
  deps: ChatDeps,
  input: {
    actor: ChatActor;
    threadId: string;
    lastEventId: string | null | undefined;
    signal: AbortSignal | undefined;
    stillAllowed: () => Promise<boolean>;
  },
): AsyncGenerator<TrackedEnvelope<ChatMessageEvent> | ChatStateEvent | ChatTypingEvent> {
  const { actor, threadId, signal } = input;
  await findChat(deps.db, actor, threadId);
  const alarm = new WakeUp();
  // Set by the bus listener between reads (an object, so the loop sees the listener's writes).
  const otherSideTyping = { now: false };
  // Listen before the first read, so a message committed in between still wakes us.
  const stopListening = deps.chatBus.subscribe(chatTopic(threadId), (wakeSignal) => {
    if (wakeSignal.kind === 'typing') {
      if (wakeSignal.by === actor.side) return;
      otherSideTyping.now = true;
    }
    alarm.fire();
  });
  try {
    let afterSeq = Number(input.lastEventId ?? 0);
    let lastState = '';
    while (signal?.aborted !== true && !deps.chatBus.closed) {
      const rows = await messagesAfter(deps.db, threadId, afterSeq);
      for (const row of rows) {
        afterSeq = row.seq;
        yield tracked(String(row.seq), {
          type: 'message' as const,
          seq: row.seq,
          id: row.id,
          author: row.author_type,
          body: row.body,
          createdAt: row.created_at,
        });
      }
      if (
        rows.length > 0 &&
        (await markDelivered(deps.db, threadId, actor.side, afterSeq, instant(deps.clock())))
      ) {
        await wake(deps, threadId);
      }
      if (rows.length === PAGE) continue;

      const chat = await findChat(deps.db, actor, threadId);
      const state: ChatStateEvent = {
        type: 'state',
        status: chat.status,
        staffName: chat.staffName,
        outcome: chat.outcome,
        ...(await receiptsOf(deps.db, threadId, actor.side)),
      };
      const stateKey = JSON.stringify(state);
      if (stateKey !== lastState) {
        lastState = stateKey;
        yield state;
      }
      if (otherSideTyping.now) {
        otherSideTyping.now = false;
        yield { type: 'typing' as const, by: otherSide(actor.side) };
      }
      if (chat.status === 'ended' || !(await input.stillAllowed())) return;
      await alarm.wait(CHAT_RECHECK_MS, signal);
    }
    if (deps.chatBus.closed) throw chatServerRestarting();
  } catch (error) {
    // The reader has gone (tab closed, connection dropped): a query cut short is nobody's error.
    if (signal?.aborted === true) return;
    throw error;
  } finally {
    stopListening();
  }
}
