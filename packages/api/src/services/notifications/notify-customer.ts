import type { Kysely } from 'kysely';
import type { NotificationChannel } from '../../db/notification-tables.js';
import type { Database } from '../../db/schema.js';
import type { Recipient } from '../mail/account-mails.js';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import type { SmsSender } from './sms-sender.js';

/** Where a customer can be reached: the e-mail and phone on their record. */
export interface CustomerContact extends Recipient {
  customerId: string;
  phone: string;
}

/** One notification written for each channel. */
export interface Notification {
  mail: (to: Recipient) => OutgoingMail;
  /** Short, with no account figures a shared phone screen would show. */
  smsText: string;
}

export interface NotifyDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  sms: SmsSender;
}

/** The customer's e-mail address, first name and phone, as on their record. */
export async function customerContact(
  db: Kysely<Database>,
  customerId: string,
): Promise<CustomerContact> {
  const row = await db
    .selectFrom('customers')
    .select(['email', 'given_name', 'phone'])
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow();
  return { customerId, email: row.email, givenName: row.given_name, phone: row.phone };
}

/** Sends the notification on one channel. */
export async function sendNotification(
  deps: Pick<NotifyDeps, 'mailer' | 'sms'>,
  channel: NotificationChannel,
  to: CustomerContact,
  notification: Notification,
): Promise<void> {
  if (channel === 'email') await deps.mailer.send(notification.mail(to));
  else await deps.sms.send({ to: to.phone, text: notification.smsText });
}
