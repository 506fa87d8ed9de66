import { updateNotificationsInput } from '@marque/schemas';
import { auditRequest } from '../../services/audit/index.js';
import {
  notificationPreferences,
  updateNotificationPreferences,
} from '../../services/notifications/preferences.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** The customer's notification choices; security alerts are always on and not listed. */
export const notificationsRouter = router({
  get: customerProcedure.query(({ ctx }) => notificationPreferences(ctx.deps.db, ctx.customerId)),

  update: customerProcedure.input(updateNotificationsInput).mutation(async ({ ctx, input }) => {
    const preferences = await updateNotificationPreferences(
      ctx.deps.db,
      ctx.customerId,
      input,
      ctx.deps.clock(),
    );
    await auditRequest(ctx, {
      event: 'notifications.updated',
      actorType: 'customer',
      actorId: ctx.customerId,
      customerId: ctx.customerId,
      accountId: ctx.accountId,
      details: Object.fromEntries(
        Object.entries(input).flatMap(([topic, choices]) =>
          Object.entries(choices).map(([channel, on]) => [`${topic}.${channel}`, on]),
        ),
      ),
    });
    return preferences;
  }),
});
