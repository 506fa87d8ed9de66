import { z } from 'zod';

/** What a customer can choose to hear about; security alerts are always sent and are not here. */
export const NOTIFICATION_TOPICS = ['payment_reminders', 'statements', 'messages'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

const channelChoices = z
  .object({
    email: z.boolean({ error: 'Choose on or off.' }).optional(),
    sms: z.boolean({ error: 'Choose on or off.' }).optional(),
  })
  .strict();

/** Changing notification choices: only what changed is sent. */
export const updateNotificationsInput = z
  .object({
    payment_reminders: channelChoices.optional(),
    statements: channelChoices.optional(),
    messages: channelChoices.optional(),
  })
  .strict()
  .refine(
    (update) =>
      Object.values(update).some((choices) =>
        Object.values(choices).some((on) => typeof on === 'boolean'),
      ),
    'Change at least one choice.',
  );
