import type { Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;

/** Waiting in the queue, being answered by a member of staff, or over. */
export type LiveChatStatus = 'waiting' | 'active' | 'ended';

/** How a chat ended, as staff record it (or as it is recorded when the customer leaves). */
export type LiveChatOutcome = 'resolved' | 'follow_up' | 'no_response' | 'customer_left';

/** The queue state of a chat; its messages are the thread's (message_threads.channel = 'chat'). */
export interface LiveChatsTable {
  thread_id: string;
  customer_id: string;
  status: LiveChatStatus;
  /** Who answers it now: null while it waits; a transfer changes it. */
  staff_id: string | null;
  requested_at: Timestamp;
  accepted_at: Timestamp | null;
  ended_at: Timestamp | null;
  ended_by: 'customer' | 'staff' | null;
  outcome: LiveChatOutcome | null;
}

export type StaffPresenceStatus = 'online' | 'away';

/** Whether a member of staff takes chats; online counts only while staff_session_id lives. */
export interface StaffPresenceTable {
  staff_id: string;
  status: StaffPresenceStatus;
  staff_session_id: string;
  updated_at: Timestamp;
}

export interface LiveChatTables {
  live_chats: LiveChatsTable;
  staff_presence: StaffPresenceTable;
}

export type LiveChatRow = Selectable<LiveChatsTable>;
