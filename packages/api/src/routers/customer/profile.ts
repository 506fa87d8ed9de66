import { confirmEmailChangeInput, updateContactInput } from '@marque/schemas';
import {
  confirmEmailChange,
  getProfile,
  updateContact,
} from '../../services/profile/contact-details.js';
import { router } from '../../trpc/init.js';
import { customerProcedure, publicProcedure, recentAuthProcedure } from '../../trpc/procedures.js';

/** The customer's contact details. */
export const profileRouter = router({
  get: customerProcedure.query(({ ctx }) => getProfile(ctx)),

  updateContact: recentAuthProcedure
    .input(updateContactInput)
    .mutation(({ ctx, input }) => updateContact(ctx, input)),

  confirmEmailChange: publicProcedure
    .input(confirmEmailChangeInput)
    .mutation(({ ctx, input }) => confirmEmailChange(ctx, input)),
});
