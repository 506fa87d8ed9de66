import { z } from 'zod';
import { listActivity } from '../../services/activity/account-activity.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** The customer's own sign-in history and security events. */
export const activityRouter = router({
  list: customerProcedure
    .input(
      z.object({
        cursor: z
          .string()
          .regex(/^\d{1,15}$/, 'This page link is not valid.')
          .optional(),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .query(({ ctx, input }) => listActivity(ctx, input)),
});
