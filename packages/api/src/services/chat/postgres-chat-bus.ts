import type { Logger } from 'pino';
import pg from 'pg';
import { ChatListeners, type ChatBus, type ChatListener, type ChatSignal } from './chat-bus.js';

/** The one NOTIFY channel every instance listens on. */
export const CHAT_CHANNEL = 'marque_chat';
/** How the listening connection names itself in pg_stat_activity. */
export const CHAT_BUS_APPLICATION_NAME = 'marque-chat-bus';

const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

function isSignal(value: unknown): value is ChatSignal {
  if (typeof value !== 'object' || value === null) return false;
  const signal = value as Record<string, unknown>;
  return (
    typeof signal.topic === 'string' &&
    (signal.kind === 'changed' ||
      (signal.kind === 'typing' && (signal.by === 'customer' || signal.by === 'staff')))
  );
}

/**
 * Cross-instance chat wake-ups through PostgreSQL LISTEN/NOTIFY: each process holds one dedicated
 * connection that listens (a pooled one cannot: the pool hands it to other queries) and reconnects
 * when it drops. Notifications sent while it was away are lost, so a reconnect wakes every local
 * subscriber to re-read the database. Publishing goes through the same connection's server.
 */
export class PostgresChatBus implements ChatBus {
  private readonly listeners = new ChatListeners();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** Connects and listens; resolves once notifications flow (or rejects on the first failure). */
  start(): Promise<void> {
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: CHAT_BUS_APPLICATION_NAME,
    });
    client.on('notification', (message) => {
      if (message.channel !== CHAT_CHANNEL || message.payload === undefined) return;
      let signal: unknown;
      try {
        signal = JSON.parse(message.payload);
      } catch {
        return;
      }
      if (isSignal(signal)) this.listeners.deliver(signal);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'chat notifications connection failed; reconnecting');
      this.lost(client);
    });
    client.on('end', () => {
      this.lost(client);
    });
    await client.connect();
    await client.query(`listen ${CHAT_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    const wasReconnect = this.attempt > 0;
    this.client = client;
    this.attempt = 0;
    // Anything notified while no connection listened is unknown: every subscriber re-reads.
    if (wasReconnect) this.listeners.wakeAll();
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer !== undefined) return;
    const delay =
      RECONNECT_DELAYS_MS[Math.min(this.attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 5000;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.start().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'chat notifications reconnect failed');
        this.scheduleReconnect();
      });
    }, delay);
    this.retryTimer.unref();
  }

  async publish(signal: ChatSignal): Promise<void> {
    if (this.closed) return;
    if (this.client === null) await this.start();
    const client = this.client;
    if (client === null) return;
    // pg_notify with a bound payload: no quoting of our own.
    await client.query('select pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify(signal)]);
  }

  subscribe(topic: string, listener: ChatListener): () => void {
    return this.listeners.add(topic, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.listeners.wakeAll();
    await this.connecting?.catch(() => undefined);
    await client?.end();
  }
}
