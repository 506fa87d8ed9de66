import { describe, expect, it } from 'vitest';
import { applyChatEvent, EMPTY_TRANSCRIPT, type ChatStreamEvent } from './chat-transcript.js';

function message(seq: number, body: string): ChatStreamEvent {
  return { type: 'message', seq, id: `m${String(seq)}`, author: 'staff', body, createdAt: '' };
}

describe('a chat transcript', () => {
  it('keeps each message once, in seq order, whatever order and repeats the stream sends', () => {
    const events = [message(2, 'b'), message(1, 'a'), message(2, 'b'), message(3, 'c')];
    const transcript = events.reduce(
      (state, event) => applyChatEvent(state, event, 0),
      EMPTY_TRANSCRIPT,
    );
    expect(transcript.lines.map((line) => line.body)).toEqual(['a', 'b', 'c']);
  });

  it('shows the other side typing until their message arrives', () => {
    const typing = applyChatEvent(EMPTY_TRANSCRIPT, { type: 'typing', by: 'staff' }, 1000);
    expect(typing.typingAt).toBe(1000);
    expect(applyChatEvent(typing, message(1, 'hi'), 2000).typingAt).toBeNull();
  });
});
