import { confirmTotpInput } from '@marque/schemas';
import {
  confirmTotp,
  disableTotp,
  regenerateRecoveryCodes,
  startTotp,
} from '../../services/mfa/two-step-setup.js';
import { router } from '../../trpc/init.js';
import { customerProcedure, recentAuthProcedure } from '../../trpc/procedures.js';

/** Two-step verification: changing it needs the password within the last 10 minutes. */
export const mfaRouter = router({
  startTotp: recentAuthProcedure.mutation(({ ctx }) => startTotp(ctx)),

  confirmTotp: customerProcedure
    .input(confirmTotpInput)
    .mutation(({ ctx, input }) => confirmTotp(ctx, input)),

  disable: recentAuthProcedure.mutation(({ ctx }) => disableTotp(ctx)),

  regenerateRecoveryCodes: recentAuthProcedure.mutation(({ ctx }) => regenerateRecoveryCodes(ctx)),
});
