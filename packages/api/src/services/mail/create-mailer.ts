import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import type { Mailer } from './mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

/** SMTP when SMTP_URL is set; otherwise the outbox is the mailbox. */
export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  db: Kysely<Database>,
  clock: () => Date,
  logger: Logger,
): Mailer {
  return config.smtpUrl === null
    ? new OutboxMailer(db, clock)
    : new SmtpMailer(config.smtpUrl, config.mailFrom, db, clock, logger);
}
