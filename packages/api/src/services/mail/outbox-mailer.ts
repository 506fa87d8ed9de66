import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import type { Mailer, OutgoingMail } from './mailer.js';

/** Development and test mail: every message is stored in the outbox, readable as a mailbox. */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    await this.db
      .insertInto('outbox')
      .values({
        id: crypto.randomUUID(),
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html,
        status: 'stored',
        error: null,
        created_at: instant(this.clock()),
        sent_at: null,
      })
      .execute();
  }

  idle(): Promise<void> {
    return Promise.resolve();
  }
}
