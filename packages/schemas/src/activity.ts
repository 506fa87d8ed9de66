import { z } from 'zod';

/** A page of the customer's account activity: the cursor is the last entry's id. */
export const activityPageInput = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, 'This page link is not valid.')
    .optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
