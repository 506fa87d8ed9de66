import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import type { Mailer, OutgoingMail } from './mailer.js';

/**
 * Real mail over SMTP. The message is recorded in the outbox first and delivered in the
 * background, so no request waits on (or reveals through its timing) an SMTP conversation.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: nodemailer.Transporter;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    const id = crypto.randomUUID();
    await this.db
      .insertInto('outbox')
      .values({
        id,
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html,
        status: 'sending',
        error: null,
        created_at: instant(this.clock()),
        sent_at: null,
      })
      .execute();
    const delivery = this.deliver(id, mail).finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async deliver(id: string, mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
      await this.db
        .updateTable('outbox')
        .set({ status: 'sent', sent_at: instant(this.clock()) })
        .where('id', '=', id)
        .execute();
    } catch (error) {
      this.logger.error({ err: error, outboxId: id }, 'e-mail delivery failed');
      await this.db
        .updateTable('outbox')
        .set({
          status: 'failed',
          error: error instanceof Error ? error.message.slice(0, 500) : 'unknown',
        })
        .where('id', '=', id)
        .execute()
        .catch((updateError: unknown) => {
          this.logger.error(
            { err: updateError, outboxId: id },
            'could not record the failed delivery',
          );
        });
    }
  }
}
