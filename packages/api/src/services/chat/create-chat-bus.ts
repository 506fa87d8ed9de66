import type { Logger } from 'pino';
import { dialectOf } from '../../db/connect.js';
import { InProcessChatBus, type ChatBus } from './chat-bus.js';
import { PostgresChatBus } from './postgres-chat-bus.js';

/**
 * The chat bus for a database: LISTEN/NOTIFY on PostgreSQL, where several instances share the
 * database; in-process on SQLite, which serves one instance.
 */
export async function createChatBus(databaseUrl: string, logger: Logger): Promise<ChatBus> {
  if (dialectOf(databaseUrl) === 'sqlite') return new InProcessChatBus();
  const bus = new PostgresChatBus(databaseUrl, logger);
  await bus.start();
  return bus;
}
