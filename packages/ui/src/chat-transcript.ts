/** One line of a live chat as both apps show it. */
export interface ChatLine {
  seq: number;
  id: string;
  author: 'customer' | 'staff';
  body: string;
  createdAt: string;
}

/** What a chat stream sends: a message, the chat's state, or the other side typing. */
export type ChatStreamEvent =
  | ({ type: 'message' } & ChatLine)
  | {
      type: 'state';
      status: 'waiting' | 'active' | 'ended';
      staffName: string | null;
      outcome: string | null;
      deliveredThrough: number;
      readThrough: number;
    }
  | { type: 'typing'; by: 'customer' | 'staff' };

export type ChatStateEvent = Extract<ChatStreamEvent, { type: 'state' }>;

export interface ChatTranscript {
  /** Every message once, in order: a line the stream sends again is not added twice. */
  lines: ChatLine[];
  state: ChatStateEvent | null;
  /** When the other side last said they were typing (ms since epoch), or null. */
  typingAt: number | null;
}

export const EMPTY_TRANSCRIPT: ChatTranscript = { lines: [], state: null, typingAt: null };

/** Applies one streamed event: messages by seq, exactly once; the latest state; typing. */
export function applyChatEvent(
  transcript: ChatTranscript,
  event: ChatStreamEvent,
  now: number,
): ChatTranscript {
  if (event.type === 'state') return { ...transcript, state: event };
  if (event.type === 'typing') return { ...transcript, typingAt: now };
  if (transcript.lines.some((line) => line.seq === event.seq)) return transcript;
  const line: ChatLine = {
    seq: event.seq,
    id: event.id,
    author: event.author,
    body: event.body,
    createdAt: event.createdAt,
  };
  const lines = [...transcript.lines, line].sort((a, b) => a.seq - b.seq);
  // A message from the other side ends their "typing…".
  return { ...transcript, lines, typingAt: null };
}

/** How long "typing…" shows after the last signal. */
export const TYPING_SHOWN_MS = 5000;
