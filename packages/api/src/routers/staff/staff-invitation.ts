import { acceptStaffInvitationInput, staffInvitationInput } from '@marque/schemas';
import { acceptInvitation, describeInvitation } from '../../services/staff/staff-invitations.js';
import { router } from '../../trpc/init.js';
import { publicProcedure } from '../../trpc/procedures.js';

/** The invitation link: whoever holds it may choose the member's password, once. */
export const staffInvitationRouter = router({
  get: publicProcedure
    .input(staffInvitationInput)
    .query(({ ctx, input }) => describeInvitation(ctx, input)),

  accept: publicProcedure
    .input(acceptStaffInvitationInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
