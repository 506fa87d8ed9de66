import { revokeSessionInput } from '@marque/schemas';
import {
  listSessions,
  revokeOtherSessions,
  revokeSession,
} from '../../services/sessions/session-list.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** The customer's signed-in devices, and ending them. */
export const sessionsRouter = router({
  list: customerProcedure.query(({ ctx }) => listSessions(ctx)),

  revoke: customerProcedure
    .input(revokeSessionInput)
    .mutation(({ ctx, input }) => revokeSession(ctx, input)),

  revokeOthers: customerProcedure.mutation(({ ctx }) => revokeOtherSessions(ctx)),
});
