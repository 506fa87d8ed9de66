import type { ThreadCategory } from '@marque/schemas';
import type { Generated, Insertable, Selectable } from 'kysely';

export type { ThreadCategory };

/** ISO-8601 UTC instant as text. */
type Timestamp = string;

export type ThreadStatus = 'open' | 'closed';

/** How a thread was held: secure messages, or a live chat (whose transcript stays a thread). */
export type ThreadChannel = 'message' | 'chat';

/** Who wrote a message or uploaded a file: the customer, or a member of staff (by staff id). */
export type MessageAuthorType = 'customer' | 'staff';

/** A conversation between one customer and staff. */
export interface MessageThreadsTable {
  id: string;
  customer_id: string;
  subject: string;
  category: ThreadCategory;
  status: ThreadStatus;
  /** The member of staff handling it; null while it waits in the unassigned queue. */
  assigned_staff_id: string | null;
  created_at: Timestamp;
  /** When the newest message was written: inboxes list threads newest first by it. */
  last_message_at: Timestamp;
  closed_at: Timestamp | null;
  channel: Generated<ThreadChannel>;
}

/** One message in a thread, with its read state on each side. */
export interface ThreadMessagesTable {
  /** Insertion order, stable within a millisecond. */
  seq: Generated<number>;
  id: string;
  thread_id: string;
  author_type: MessageAuthorType;
  /** The customer's id or the staff id. */
  author_id: string;
  body: string;
  /** Set when the customer first opened it (at once for the customer's own messages). */
  read_by_customer_at: Timestamp | null;
  /** Set when staff first opened it (at once for staff's own messages). */
  read_by_staff_at: Timestamp | null;
  created_at: Timestamp;
  /** When the recipient's open chat window received it (live chat's "delivered" tick). */
  delivered_at: Generated<Timestamp | null>;
}

export type AttachmentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

/**
 * A file sent with a message. The bytes live in the database, never on a path a web server could
 * serve; until a message takes it, only its uploader can see or attach it.
 */
export interface MessageAttachmentsTable {
  id: string;
  uploader_type: MessageAuthorType;
  uploader_id: string;
  /** Null until the upload is sent with a message. */
  message_id: string | null;
  /** The original name with anything unsafe for a download header or a file system removed. */
  file_name: string;
  /** Decided from the bytes (magic numbers), never from the name or the declared type. */
  media_type: AttachmentMediaType;
  size_bytes: number;
  /** SHA-256 hex of the content. */
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
}

export type ContactCaseStatus = 'open' | 'closed';

/** A message from the public contact form: the sender is not signed in, so nothing is linked. */
export interface ContactCasesTable {
  id: string;
  /** Quoted to the sender in the acknowledgement, e.g. 'C-7K2M9Q4X'. */
  reference: string;
  name: string;
  email: string;
  phone: string;
  /** As typed: unverified, so staff check identity before discussing the agreement. */
  agreement_number: string | null;
  message: string;
  status: ContactCaseStatus;
  assigned_staff_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

/** A staff reply to a contact case, e-mailed to the address the sender gave. */
export interface ContactCaseRepliesTable {
  seq: Generated<number>;
  id: string;
  case_id: string;
  staff_id: string;
  body: string;
  created_at: Timestamp;
}

export interface MessageTables {
  message_threads: MessageThreadsTable;
  thread_messages: ThreadMessagesTable;
  message_attachments: MessageAttachmentsTable;
  contact_cases: ContactCasesTable;
  contact_case_replies: ContactCaseRepliesTable;
}

export type MessageThreadRow = Selectable<MessageThreadsTable>;
export type NewMessageThreadRow = Insertable<MessageThreadsTable>;
export type ThreadMessageRow = Selectable<ThreadMessagesTable>;
export type NewThreadMessageRow = Insertable<ThreadMessagesTable>;
export type MessageAttachmentRow = Selectable<MessageAttachmentsTable>;
export type ContactCaseRow = Selectable<ContactCasesTable>;
export type ContactCaseReplyRow = Selectable<ContactCaseRepliesTable>;
