import { signInInput, staffCodeInput } from '@marque/schemas';
import { currentStaff } from '../../services/staff/current-staff.js';
import {
  enrolStaffTotp,
  startStaffTotpEnrolment,
  verifyStaffTotp,
} from '../../services/staff/staff-second-factor.js';
import { staffLogin, staffLogout } from '../../services/staff/staff-sign-in.js';
import { router } from '../../trpc/init.js';
import { publicProcedure, staffSignInStepProcedure } from '../../trpc/procedures.js';

/** Staff sign-in: the password, then always the authenticator (enrolled at the first sign-in). */
export const staffAuthRouter = router({
  login: publicProcedure.input(signInInput).mutation(({ ctx, input }) => staffLogin(ctx, input)),

  verifyTotp: staffSignInStepProcedure
    .input(staffCodeInput)
    .mutation(({ ctx, input }) => verifyStaffTotp(ctx, input)),

  startTotpEnrolment: staffSignInStepProcedure.mutation(({ ctx }) => startStaffTotpEnrolment(ctx)),

  enrolTotp: staffSignInStepProcedure
    .input(staffCodeInput)
    .mutation(({ ctx, input }) => enrolStaffTotp(ctx, input)),

  logout: publicProcedure.mutation(({ ctx }) => staffLogout(ctx)),

  me: publicProcedure.query(({ ctx }) => currentStaff(ctx)),
});
