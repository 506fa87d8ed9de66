import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES } from '@marque/schemas';
import type { Kysely, Transaction } from 'kysely';
import type {
  AttachmentMediaType,
  MessageAttachmentRow,
  MessageAuthorType,
} from '../../db/message-tables.js';
import type { Database } from '../../db/schema.js';
import { instant, secondsAfter } from '../time/instant.js';
import { sanitiseFileName } from './attachment-file-name.js';
import { extensionMatches, sniffMediaType } from './attachment-type.js';

/** Who is acting on messages: a customer (by customer id) or a member of staff (by staff id). */
export interface MessageActor {
  type: MessageAuthorType;
  id: string;
}

/** An attachment as either side sees it, without its bytes. */
export interface AttachmentSummary {
  id: string;
  fileName: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
}

export type UploadRefusal =
  'empty' | 'too_large' | 'unsupported_type' | 'type_mismatch' | 'too_many_waiting';

/** An upload not sent with a message within this time is deleted at its uploader's next upload. */
export const UNSENT_UPLOAD_HOURS = 24;

/** The most uploads one person may have waiting to be sent at a time. */
export const MAX_UNSENT_UPLOADS = 20;

/** Why an upload was not stored, in words for the person who sent it. */
export const UPLOAD_REFUSAL_MESSAGES: Readonly<Record<UploadRefusal, string>> = {
  empty: 'The file is empty. Please choose another.',
  too_large: 'The file is larger than 5 MB. Please send a smaller one.',
  unsupported_type: 'We accept PDF, PNG and JPEG files only.',
  type_mismatch:
    'The file is not what its name says it is. Please send the original PDF, PNG or JPEG.',
  too_many_waiting:
    'You have many files waiting to be sent. Please send your message, then attach more.',
};

export type UploadResult =
  { ok: true; attachment: AttachmentSummary } | { ok: false; reason: UploadRefusal };

export interface Upload {
  fileName: string;
  /** The type the browser declared; when given it must agree with the bytes. */
  declaredType: string | null;
  bytes: Uint8Array;
}

/**
 * Checks and stores an upload that no message holds yet: the type comes from the bytes, and the
 * name's extension and any declared type must agree with it. Until a message takes it, only its
 * uploader can see it or attach it.
 */
export async function storeAttachment(
  db: Kysely<Database>,
  now: Date,
  uploader: MessageActor,
  upload: Upload,
): Promise<UploadResult> {
  if (upload.bytes.length === 0) return { ok: false, reason: 'empty' };
  if (upload.bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
  const mediaType = sniffMediaType(upload.bytes);
  if (mediaType === null) return { ok: false, reason: 'unsupported_type' };
  const declared = upload.declaredType?.split(';')[0]?.trim().toLowerCase() ?? '';
  // Browsers and HTTP clients send application/octet-stream for a file whose type they do not know.
  const declaredAgrees =
    declared === '' ||
    declared === 'application/octet-stream' ||
    declared === mediaType ||
    (mediaType === 'image/jpeg' && declared === 'image/jpg');
  if (!declaredAgrees || !extensionMatches(upload.fileName.trim(), mediaType)) {
    return { ok: false, reason: 'type_mismatch' };
  }
  if ((await unsentUploads(db, uploader, now)) >= MAX_UNSENT_UPLOADS) {
    return { ok: false, reason: 'too_many_waiting' };
  }
  const content = Buffer.from(upload.bytes);
  const attachment: AttachmentSummary = {
    id: crypto.randomUUID(),
    fileName: sanitiseFileName(upload.fileName, mediaType),
    mediaType,
    sizeBytes: content.length,
  };
  await db
    .insertInto('message_attachments')
    .values({
      id: attachment.id,
      uploader_type: uploader.type,
      uploader_id: uploader.id,
      message_id: null,
      file_name: attachment.fileName,
      media_type: mediaType,
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      created_at: instant(now),
    })
    .execute();
  return { ok: true, attachment };
}

/**
 * Deletes the uploader's uploads that no message took within a day (a form left unsent, a file
 * removed before sending) and counts those still waiting: so abandoned files do not pile up.
 */
async function unsentUploads(
  db: Kysely<Database>,
  uploader: MessageActor,
  now: Date,
): Promise<number> {
  await db
    .deleteFrom('message_attachments')
    .where('uploader_type', '=', uploader.type)
    .where('uploader_id', '=', uploader.id)
    .where('message_id', 'is', null)
    .where('created_at', '<', secondsAfter(now, -UNSENT_UPLOAD_HOURS * 3600))
    .execute();
  const row = await db
    .selectFrom('message_attachments')
    .select((eb) => eb.fn.countAll<number | string>().as('waiting'))
    .where('uploader_type', '=', uploader.type)
    .where('uploader_id', '=', uploader.id)
    .where('message_id', 'is', null)
    .executeTakeFirst();
  return Number(row?.waiting ?? 0);
}

/** Thrown inside a message's transaction when an attachment id is not the sender's free upload. */
export class AttachmentNotAvailable extends Error {
  override readonly name = 'AttachmentNotAvailable';
  constructor() {
    super('attachment not found among the sender’s unsent uploads');
  }
}

/**
 * Gives the sender's unsent uploads to a new message, inside its transaction. Another person's
 * upload, one already sent, or an unknown id throws, so the whole message is rolled back.
 */
export async function claimAttachments(
  trx: Transaction<Database>,
  sender: MessageActor,
  messageId: string,
  attachmentIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(attachmentIds)];
  if (unique.length === 0) return;
  const claimed = await trx
    .updateTable('message_attachments')
    .set({ message_id: messageId })
    .where('id', 'in', unique)
    .where('uploader_type', '=', sender.type)
    .where('uploader_id', '=', sender.id)
    .where('message_id', 'is', null)
    .returning('id')
    .execute();
  if (claimed.length !== unique.length) throw new AttachmentNotAvailable();
}

/** The attachments of these messages, by message id, oldest first. */
export async function attachmentsOfMessages(
  db: Kysely<Database>,
  messageIds: readonly string[],
): Promise<Map<string, AttachmentSummary[]>> {
  const byMessage = new Map<string, AttachmentSummary[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await db
    .selectFrom('message_attachments')
    .select(['id', 'message_id', 'file_name', 'media_type', 'size_bytes'])
    .where('message_id', 'in', messageIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (row.message_id === null) continue;
    const list = byMessage.get(row.message_id) ?? [];
    list.push({
      id: row.id,
      fileName: row.file_name,
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
    });
    byMessage.set(row.message_id, list);
  }
  return byMessage;
}

export type StoredAttachment = Pick<
  MessageAttachmentRow,
  'id' | 'file_name' | 'media_type' | 'size_bytes' | 'sha256' | 'content'
>;

/**
 * An attachment a customer may download: one they uploaded, or one sent in a thread of theirs.
 * Anything else, someone else's included, is undefined (the caller answers 404 either way).
 */
export async function attachmentForCustomer(
  db: Kysely<Database>,
  customerId: string,
  attachmentId: string,
): Promise<StoredAttachment | undefined> {
  return db
    .selectFrom('message_attachments as f')
    .leftJoin('thread_messages as m', 'm.id', 'f.message_id')
    .leftJoin('message_threads as t', 't.id', 'm.thread_id')
    .select(['f.id', 'f.file_name', 'f.media_type', 'f.size_bytes', 'f.sha256', 'f.content'])
    .where('f.id', '=', attachmentId)
    .where((eb) =>
      eb.or([
        eb.and([eb('f.uploader_type', '=', 'customer'), eb('f.uploader_id', '=', customerId)]),
        eb('t.customer_id', '=', customerId),
      ]),
    )
    .executeTakeFirst();
}

/** An attachment staff may download: any sent with a message, or their own unsent upload. */
export async function attachmentForStaff(
  db: Kysely<Database>,
  staffId: string,
  attachmentId: string,
): Promise<StoredAttachment | undefined> {
  return db
    .selectFrom('message_attachments')
    .select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'content'])
    .where('id', '=', attachmentId)
    .where((eb) =>
      eb.or([
        eb('message_id', 'is not', null),
        eb.and([eb('uploader_type', '=', 'staff'), eb('uploader_id', '=', staffId)]),
      ]),
    )
    .executeTakeFirst();
}
