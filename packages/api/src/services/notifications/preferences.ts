import type { Kysely } from 'kysely';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TOPICS,
  type NotificationChannel,
  type NotificationTopic,
} from '@marque/schemas';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';

/** Every topic with a choice per channel. */
export type NotificationPreferences = Record<
  NotificationTopic,
  Record<NotificationChannel, boolean>
>;

/** What a customer who has chosen nothing gets: e-mail for everything, no text messages. */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationChannel, boolean>> = {
  email: true,
  sms: false,
};

function defaults(): NotificationPreferences {
  return Object.fromEntries(
    NOTIFICATION_TOPICS.map((topic) => [topic, { ...DEFAULT_CHANNELS }]),
  ) as NotificationPreferences;
}

/** The customer's choices, with the default for any topic and channel never chosen. */
export async function notificationPreferences(
  db: Kysely<Database>,
  customerId: string,
): Promise<NotificationPreferences> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['topic', 'channel', 'enabled'])
    .where('customer_id', '=', customerId)
    .execute();
  const preferences = defaults();
  for (const row of rows) preferences[row.topic][row.channel] = row.enabled === 1;
  return preferences;
}

/** The channels a customer wants a topic on, e-mail first. */
export async function channelsFor(
  db: Kysely<Database>,
  customerId: string,
  topic: NotificationTopic,
): Promise<NotificationChannel[]> {
  const preferences = await notificationPreferences(db, customerId);
  return NOTIFICATION_CHANNELS.filter((channel) => preferences[topic][channel]);
}

/** Stores the choices given (others keep theirs), each as one upsert, in one transaction. */
export async function updateNotificationPreferences(
  db: Kysely<Database>,
  customerId: string,
  changes: Partial<Record<NotificationTopic, Partial<Record<NotificationChannel, boolean>>>>,
  now: Date,
): Promise<NotificationPreferences> {
  const rows = NOTIFICATION_TOPICS.flatMap((topic) =>
    NOTIFICATION_CHANNELS.flatMap((channel) => {
      const enabled = changes[topic]?.[channel];
      return enabled === undefined
        ? []
        : [
            {
              customer_id: customerId,
              topic,
              channel,
              enabled: enabled ? 1 : 0,
              updated_at: instant(now),
            },
          ];
    }),
  );
  if (rows.length > 0) {
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        await trx
          .insertInto('notification_preferences')
          .values(row)
          .onConflict((conflict) =>
            conflict
              .columns(['customer_id', 'topic', 'channel'])
              .doUpdateSet({ enabled: row.enabled, updated_at: row.updated_at }),
          )
          .execute();
      }
    });
  }
  return notificationPreferences(db, customerId);
}
