import { registerPasskeyInput, removePasskeyInput, renamePasskeyInput } from '@marque/schemas';
import {
  listPasskeys,
  passkeyRegistrationOptions,
  registerPasskey,
  removePasskey,
  renamePasskey,
} from '../../services/passkeys/passkey-management.js';
import { router } from '../../trpc/init.js';
import { customerProcedure, recentAuthProcedure } from '../../trpc/procedures.js';

/** The customer's passkeys: adding or removing one needs a recent password or passkey. */
export const passkeysRouter = router({
  list: customerProcedure.query(({ ctx }) => listPasskeys(ctx)),

  registrationOptions: recentAuthProcedure.mutation(({ ctx }) => passkeyRegistrationOptions(ctx)),

  register: recentAuthProcedure
    .input(registerPasskeyInput)
    .mutation(({ ctx, input }) => registerPasskey(ctx, input)),

  rename: customerProcedure
    .input(renamePasskeyInput)
    .mutation(({ ctx, input }) => renamePasskey(ctx, input)),

  remove: recentAuthProcedure
    .input(removePasskeyInput)
    .mutation(({ ctx, input }) => removePasskey(ctx, input)),
});
