import { z } from 'zod';

/** What a conversation with the lender is about; staff route and prioritise by it. */
export const THREAD_CATEGORIES = [
  'payments',
  'settlement',
  'end_of_agreement',
  'technical_help',
  'complaint',
  'other',
] as const;
export type ThreadCategory = (typeof THREAD_CATEGORIES)[number];

/** The most files one message may carry. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;

/** The largest file a message may carry: 5 MB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const threadIdField = z.uuid({ error: 'We could not find that conversation.' });

export const messageBodyField = z
  .string({ error: 'Write your message.' })
  .trim()
  .min(1, 'Write your message.')
  .max(5000, 'Keep your message to 5,000 characters or fewer.');

export const attachmentIdsField = z
  .array(z.uuid({ error: 'Please upload the file again.' }), {
    error: 'Please upload the files again.',
  })
  .max(MAX_ATTACHMENTS_PER_MESSAGE, `Attach at most ${String(MAX_ATTACHMENTS_PER_MESSAGE)} files.`)
  .default([]);

/** A new secure message: a subject, what it is about, the message and any uploaded files. */
export const startThreadInput = z.object({
  subject: z
    .string({ error: 'Give your message a subject.' })
    .trim()
    .min(1, 'Give your message a subject.')
    .max(120, 'Keep the subject to 120 characters or fewer.'),
  category: z.enum(THREAD_CATEGORIES, { error: 'Choose what your message is about.' }),
  body: messageBodyField,
  attachmentIds: attachmentIdsField,
});

/** A reply in an existing conversation. */
export const replyInput = z.object({
  threadId: threadIdField,
  body: messageBodyField,
  attachmentIds: attachmentIdsField,
});

export const threadInput = z.object({ threadId: threadIdField });
