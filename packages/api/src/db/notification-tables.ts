import type { NotificationChannel, NotificationTopic } from '@marque/schemas';
import type { Selectable } from 'kysely';

export type { NotificationChannel, NotificationTopic };

/** ISO-8601 UTC instant as text. */
type Timestamp = string;

/** One choice a customer made; a topic and channel with no row takes the default. */
export interface NotificationPreferencesTable {
  customer_id: string;
  topic: NotificationTopic;
  channel: NotificationChannel;
  /** 0/1. */
  enabled: number;
  updated_at: Timestamp;
}

export type SentNotificationKind = 'payment_reminder' | 'missed_payment';

/**
 * Every reminder or notice a job sent, one row per kind, subject and channel: written before the
 * message goes, so a job run twice (or by two instances at once) sends it once.
 */
export interface SentNotificationsTable {
  id: string;
  customer_id: string;
  kind: SentNotificationKind;
  /** What it was about, e.g. '<agreement id>#<instalment number>'. */
  subject_key: string;
  channel: NotificationChannel;
  sent_at: Timestamp;
}

export interface NotificationTables {
  notification_preferences: NotificationPreferencesTable;
  sent_notifications: SentNotificationsTable;
}

export type NotificationPreferenceRow = Selectable<NotificationPreferencesTable>;
export type SentNotificationRow = Selectable<SentNotificationsTable>;
