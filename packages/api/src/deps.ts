import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { ChatBus } from './services/chat/chat-bus.js';
import type { Mailer } from './services/mail/mailer.js';
import type { PaymentGateway } from './services/payments/payment-gateway.js';
import type { SmsSender } from './services/notifications/sms-sender.js';

/** Everything with a side effect the app uses, passed in so tests control time and mail. */
export interface AppDeps {
  config: Config;
  db: Kysely<Database>;
  /** The only source of "now": tests pass a clock they can advance. */
  clock: () => Date;
  mailer: Mailer;
  /** Text messages: the outbox unless an SMS provider is configured. */
  sms: SmsSender;
  logger: Logger;
  /** The card payment provider (the sandbox in development and tests). */
  paymentGateway: PaymentGateway;
  /** Wakes live-chat subscribers on every instance (LISTEN/NOTIFY on PostgreSQL). */
  chatBus: ChatBus;
}
