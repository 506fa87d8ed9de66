import { changeStaffRoleInput, inviteStaffInput, staffMemberInput } from '@marque/schemas';
import {
  changeStaffRole,
  disableStaff,
  listStaff,
  resetStaffTwoFactor,
  unlockStaff,
} from '../../services/staff/staff-admin.js';
import { inviteStaff } from '../../services/staff/staff-invitations.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const adminProcedure = staffProcedure('admin');

/** Managing staff accounts: admins only. */
export const staffAdminRouter = router({
  list: adminProcedure.query(({ ctx }) => listStaff(ctx)),

  invite: adminProcedure
    .input(inviteStaffInput)
    .mutation(({ ctx, input }) => inviteStaff(ctx, input)),

  changeRole: adminProcedure
    .input(changeStaffRoleInput)
    .mutation(({ ctx, input }) => changeStaffRole(ctx, input)),

  disable: adminProcedure
    .input(staffMemberInput)
    .mutation(({ ctx, input }) => disableStaff(ctx, input)),

  resetTwoFactor: adminProcedure
    .input(staffMemberInput)
    .mutation(({ ctx, input }) => resetStaffTwoFactor(ctx, input)),

  unlock: adminProcedure
    .input(staffMemberInput)
    .mutation(({ ctx, input }) => unlockStaff(ctx, input)),
});
