import { isIsoDate } from '@marque/domain';
import { z } from 'zod';

/** How staff were in touch with a customer outside the secure inbox. */
export const CONTACT_CHANNELS = ['phone', 'letter'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Whether the customer reached us (inbound) or we reached them (outbound). */
export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const customerRecordInput = z.object({
  customerId: z.uuid({ error: 'We could not find that customer.' }),
});

/** A call or letter staff log on a customer's record. */
export const logContactInput = customerRecordInput.extend({
  channel: z.enum(CONTACT_CHANNELS, { error: 'Choose phone call or letter.' }),
  direction: z.enum(CONTACT_DIRECTIONS, { error: 'Choose who got in touch.' }),
  occurredAt: z.iso.datetime({
    offset: true,
    error: 'Enter when it happened, as a date and time.',
  }),
  summary: z
    .string({ error: 'Summarise what was said.' })
    .trim()
    .min(1, 'Summarise what was said.')
    .max(2000, 'Keep the summary to 2,000 characters or fewer.'),
  followUpOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || isIsoDate(value), 'Enter a date like 2026-11-30.'),
});
