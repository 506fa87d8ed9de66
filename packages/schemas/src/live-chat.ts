import { z } from 'zod';
import { messageBodyField } from './messages.js';

export const chatIdField = z.uuid({ error: 'We could not find that chat.' });

/** How staff close a chat; `customer_left` is recorded when the customer ends it. */
export const CHAT_OUTCOMES = ['resolved', 'follow_up', 'no_response', 'customer_left'] as const;
export type ChatOutcome = (typeof CHAT_OUTCOMES)[number];

/** A chat line is short: a long message belongs in a secure message with attachments. */
export const chatMessageField = messageBodyField.pipe(
  z.string().max(2000, 'Keep a chat message to 2,000 characters or fewer.'),
);

/** The first message of a new chat. */
export const startChatInput = z.object({ body: chatMessageField });

export const chatInput = z.object({ threadId: chatIdField });

/**
 * A chat message. `messageId`, chosen by the browser once per message, makes a retried send
 * (after a timeout or a dropped connection) land once.
 */
export const chatMessageInput = z.object({
  threadId: chatIdField,
  body: chatMessageField,
  messageId: z.uuid({ error: 'Please send your message again.' }).optional(),
});

/**
 * Subscribing to a chat: `lastEventId` is the id of the last event the browser received (its
 * EventSource sends it on reconnect), so everything after it is replayed from the database.
 */
export const chatEventsInput = z.object({
  threadId: chatIdField,
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/, 'That is not an event of this chat.')
    .nullish(),
});

export const endChatInput = z.object({
  threadId: chatIdField,
  outcome: z.enum(CHAT_OUTCOMES, { error: 'Choose how the chat ended.' }),
});

export const transferChatInput = z.object({
  threadId: chatIdField,
  toStaffId: z
    .string({ error: 'Choose a colleague who is online.' })
    .trim()
    .min(1, 'Choose a colleague who is online.')
    .max(64, 'Choose a colleague who is online.'),
});

export const presenceInput = z.object({
  status: z.enum(['online', 'away'], { error: 'Choose online or away.' }),
});
