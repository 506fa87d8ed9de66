import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';

/** One text message: the customer's phone number and at most a few hundred characters. */
export interface OutgoingSms {
  to: string;
  text: string;
}

/** Sends text messages through a provider; without one configured they land in the outbox. */
export interface SmsSender {
  send(sms: OutgoingSms): Promise<void>;
}

/**
 * Keeps every text message in the outbox beside the e-mail (channel 'sms', the phone number as
 * the address), so development, tests and the staff mailbox see them without a provider.
 */
export class OutboxSmsSender implements SmsSender {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  async send(sms: OutgoingSms): Promise<void> {
    await this.db
      .insertInto('outbox')
      .values({
        id: crypto.randomUUID(),
        channel: 'sms',
        to_address: sms.to,
        subject: 'Text message',
        text_body: sms.text,
        html_body: '',
        status: 'stored',
        error: null,
        created_at: instant(this.clock()),
        sent_at: null,
      })
      .execute();
  }
}
