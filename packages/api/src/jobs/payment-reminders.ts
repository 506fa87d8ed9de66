import { addDays, addWorkingDays, compareDates, type IsoDate } from '@marque/domain';
import type { AppDeps } from '../deps.js';
import type { NotificationChannel, SentNotificationKind } from '../db/notification-tables.js';
import { installmentsOwed, owedOn } from '../services/direct-debit/installments-owed.js';
import { LIVE_MANDATE_STATES } from '../services/direct-debit/mandate-store.js';
import { mailBrandOf } from '../services/mail/compose-mail.js';
import {
  missedPaymentNotification,
  paymentReminderNotification,
} from '../services/notifications/payment-notice-mails.js';
import {
  customerContact,
  sendNotification,
  type Notification,
} from '../services/notifications/notify-customer.js';
import { channelsFor } from '../services/notifications/preferences.js';
import { instant } from '../services/time/instant.js';

export type ReminderDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer' | 'sms'>;

export interface ReminderRunResult {
  today: IsoDate;
  /** Messages sent (one per channel), not counting any an earlier run already sent. */
  remindersSent: number;
  missedPaymentNoticesSent: number;
}

/**
 * How far back a missed instalment still gets its notice when the job has not run for a while;
 * older arrears are staff's to handle, not a fresh "we have not received" message.
 */
const MISSED_LOOKBACK_DAYS = 14;

interface Candidate {
  agreementId: string;
  agreementNumber: string;
  currency: 'GBP' | 'USD';
  customerId: string;
  number: number;
  dueDate: IsoDate;
}

/** Instalments of active agreements with no live Direct Debit, due in (from, to]. */
async function instalmentsDue(
  deps: ReminderDeps,
  from: IsoDate,
  to: IsoDate,
): Promise<Candidate[]> {
  return (
    deps.db
      .selectFrom('installments as i')
      .innerJoin('agreements as a', 'a.id', 'i.agreement_id')
      .select([
        'a.id as agreementId',
        'a.agreement_number as agreementNumber',
        'a.currency',
        'a.customer_id as customerId',
        'i.number',
        'i.due_date as dueDate',
      ])
      .where('a.status', '=', 'active')
      .where('i.due_date', '>', from)
      .where('i.due_date', '<=', to)
      // Direct Debit customers hear from the collection run instead (advance notice, failed collection).
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('mandates as m')
              .select('m.id')
              .whereRef('m.agreement_id', '=', 'a.id')
              .where('m.state', 'in', LIVE_MANDATE_STATES),
          ),
        ),
      )
      .orderBy('a.id')
      .orderBy('i.number')
      .execute()
  );
}

/**
 * Records the notice before it goes: the unique key (kind, instalment, channel) lets exactly one
 * run, of any number run twice or at once, send it. A crash between the two loses that one message
 * rather than sending it twice.
 */
async function claim(
  deps: ReminderDeps,
  kind: SentNotificationKind,
  candidate: Candidate,
  channel: NotificationChannel,
): Promise<boolean> {
  const row = await deps.db
    .insertInto('sent_notifications')
    .values({
      id: crypto.randomUUID(),
      customer_id: candidate.customerId,
      kind,
      subject_key: `${candidate.agreementId}#${String(candidate.number)}`,
      channel,
      sent_at: instant(deps.clock()),
    })
    .onConflict((conflict) => conflict.columns(['kind', 'subject_key', 'channel']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

async function notify(
  deps: ReminderDeps,
  kind: SentNotificationKind,
  candidates: readonly Candidate[],
  today: IsoDate,
  notificationOf: (candidate: Candidate, owed: number) => Notification,
  channelsOf: (candidate: Candidate) => Promise<NotificationChannel[]>,
): Promise<number> {
  const owed = await installmentsOwed(
    deps.db,
    candidates.map((c) => ({ agreementId: c.agreementId, installmentNumber: c.number })),
    today,
  );
  let sent = 0;
  for (const candidate of candidates) {
    const amount = owedOn(owed, {
      agreementId: candidate.agreementId,
      installmentNumber: candidate.number,
    });
    if (amount <= 0) continue;
    const channels = await channelsOf(candidate);
    if (channels.length === 0) continue;
    const contact = await customerContact(deps.db, candidate.customerId);
    const notification = notificationOf(candidate, amount);
    for (const channel of channels) {
      if (!(await claim(deps, kind, candidate, channel))) continue;
      await sendNotification(deps, channel, contact, notification);
      sent += 1;
    }
  }
  return sent;
}

/**
 * The daily notification job: a payment reminder `paymentReminderDays` (config) before each
 * instalment the customer pays themselves, on the channels they chose, and a missed-payment notice
 * the working day after an instalment is left unpaid — always by e-mail, by text too when they chose
 * text reminders. Only what is still owed is mentioned; an instalment paid early gets nothing.
 * Idempotent: run twice, or on two instances at once, each message goes once.
 */
export async function runReminders(
  deps: ReminderDeps,
  options: { today: IsoDate },
): Promise<ReminderRunResult> {
  const { today } = options;
  const { market } = deps.config;
  const brand = mailBrandOf(deps.config);
  const notice = (candidate: Candidate, amount: number) => ({
    agreementNumber: candidate.agreementNumber,
    amount,
    currency: candidate.currency,
    dueDate: candidate.dueDate,
  });

  const upcoming = await instalmentsDue(
    deps,
    today,
    addDays(today, deps.config.paymentReminderDays),
  );
  const remindersSent = await notify(
    deps,
    'payment_reminder',
    upcoming,
    today,
    (candidate, amount) => paymentReminderNotification(brand, notice(candidate, amount)),
    (candidate) => channelsFor(deps.db, candidate.customerId, 'payment_reminders'),
  );

  const recent = await instalmentsDue(
    deps,
    addDays(today, -MISSED_LOOKBACK_DAYS - 1),
    addDays(today, -1),
  );
  const missed = recent.filter(
    (candidate) => compareDates(addWorkingDays(candidate.dueDate, 1, market), today) <= 0,
  );
  const missedPaymentNoticesSent = await notify(
    deps,
    'missed_payment',
    missed,
    today,
    (candidate, amount) => missedPaymentNotification(brand, notice(candidate, amount)),
    async (candidate) => {
      const chosen = await channelsFor(deps.db, candidate.customerId, 'payment_reminders');
      return ['email', ...chosen.filter((channel) => channel !== 'email')];
    },
  );
  return { today, remindersSent, missedPaymentNoticesSent };
}
