/** Who is typing or acting in a chat. */
export type ChatSide = 'customer' | 'staff';

/**
 * A wake-up for subscribers of a topic (`chat:<threadId>` or the staff queue). The database is the
 * source of truth: `changed` only says "read again"; `typing` is the one thing never stored.
 */
export type ChatSignal =
  { topic: string; kind: 'changed' } | { topic: string; kind: 'typing'; by: ChatSide };

export type ChatListener = (signal: ChatSignal) => void;

/**
 * Wakes chat subscribers on every API instance. A listener may also be woken with `changed` when
 * the bus cannot be sure it saw everything (after a reconnect), so subscribers re-read the database.
 */
export interface ChatBus {
  publish(signal: ChatSignal): Promise<void>;
  /** Returns the function that stops listening. */
  subscribe(topic: string, listener: ChatListener): () => void;
  /** Stops delivering; listeners are told with a `changed` and should then see the bus closed. */
  close(): Promise<void>;
  readonly closed: boolean;
}

export const QUEUE_TOPIC = 'chat-queue';

export function chatTopic(threadId: string): string {
  return `chat:${threadId}`;
}

/** The listeners of one process, by topic: what every bus delivers to in the end. */
export class ChatListeners {
  private readonly byTopic = new Map<string, Set<ChatListener>>();

  add(topic: string, listener: ChatListener): () => void {
    let listeners = this.byTopic.get(topic);
    if (listeners === undefined) {
      listeners = new Set();
      this.byTopic.set(topic, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.byTopic.delete(topic);
    };
  }

  deliver(signal: ChatSignal): void {
    for (const listener of [...(this.byTopic.get(signal.topic) ?? [])]) listener(signal);
  }

  /** Wakes every listener to re-read: after missed notifications, or at shutdown. */
  wakeAll(): void {
    for (const [topic, listeners] of this.byTopic) {
      for (const listener of [...listeners]) listener({ topic, kind: 'changed' });
    }
  }
}

/** The bus of a single instance (SQLite): listeners in this process are all there are. */
export class InProcessChatBus implements ChatBus {
  private readonly listeners = new ChatListeners();
  closed = false;

  publish(signal: ChatSignal): Promise<void> {
    // Delivered after the publisher's own work, as a notification from the database would be.
    if (!this.closed) {
      queueMicrotask(() => {
        this.listeners.deliver(signal);
      });
    }
    return Promise.resolve();
  }

  subscribe(topic: string, listener: ChatListener): () => void {
    return this.listeners.add(topic, listener);
  }

  close(): Promise<void> {
    this.closed = true;
    this.listeners.wakeAll();
    return Promise.resolve();
  }
}
