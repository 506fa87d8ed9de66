import { activityPageInput } from '@marque/schemas';
import { listActivity } from '../../services/activity/account-activity.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** The customer's own sign-in history and security events. */
export const activityRouter = router({
  list: customerProcedure
    .input(activityPageInput)
    .query(({ ctx, input }) => listActivity(ctx, input)),
});
