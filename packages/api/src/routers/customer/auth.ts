import {
  changePasswordInput,
  passwordResetRequestInput,
  reauthenticateInput,
  recoverUsernameInput,
  registerInput,
  resetPasswordInput,
  signInInput,
  verifyEmailInput,
  verifyMfaInput,
} from '@marque/schemas';
import { currentCustomer } from '../../services/auth/current-customer.js';
import { changePassword, reauthenticate } from '../../services/auth/password-change.js';
import { requestPasswordReset, resetPassword } from '../../services/auth/password-reset.js';
import { register, verifyEmail } from '../../services/auth/register.js';
import { login } from '../../services/auth/sign-in.js';
import { logout } from '../../services/auth/sign-out.js';
import { recoverUsername } from '../../services/auth/username-recovery.js';
import { verifyMfa } from '../../services/auth/verify-mfa.js';
import { router } from '../../trpc/init.js';
import { customerProcedure, publicProcedure } from '../../trpc/procedures.js';

/** Sign-in, registration and recovery: the procedures an attacker tries first. */
export const authRouter = router({
  register: publicProcedure.input(registerInput).mutation(({ ctx, input }) => register(ctx, input)),

  verifyEmail: publicProcedure
    .input(verifyEmailInput)
    .mutation(({ ctx, input }) => verifyEmail(ctx, input)),

  login: publicProcedure.input(signInInput).mutation(({ ctx, input }) => login(ctx, input)),

  verifyMfa: publicProcedure
    .input(verifyMfaInput)
    .mutation(({ ctx, input }) => verifyMfa(ctx, input)),

  requestPasswordReset: publicProcedure
    .input(passwordResetRequestInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),

  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),

  recoverUsername: publicProcedure
    .input(recoverUsernameInput)
    .mutation(({ ctx, input }) => recoverUsername(ctx, input)),

  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),

  me: publicProcedure.query(({ ctx }) => currentCustomer(ctx)),

  changePassword: customerProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  reauthenticate: customerProcedure
    .input(reauthenticateInput)
    .mutation(({ ctx, input }) => reauthenticate(ctx, input)),
});
