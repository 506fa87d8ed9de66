import {
  changePasswordInput,
  passkeyAssertionInput,
  passkeySecondFactorOptionsInput,
  passwordResetRequestInput,
  reauthenticateInput,
  recoverUsernameInput,
  registerInput,
  reportNotMeInput,
  resetPasswordInput,
  signInInput,
  verifyEmailInput,
  verifyMfaInput,
  verifyMfaPasskeyInput,
} from '@marque/schemas';
import { currentCustomer } from '../../services/auth/current-customer.js';
import { changePassword, reauthenticate } from '../../services/auth/password-change.js';
import {
  reauthenticateWithPasskey,
  reauthenticationPasskeyOptions,
} from '../../services/auth/passkey-reauthentication.js';
import {
  loginWithPasskey,
  passkeySignInOptions,
  secondFactorPasskeyOptions,
  verifyMfaWithPasskey,
} from '../../services/auth/passkey-sign-in.js';
import { requestPasswordReset, resetPassword } from '../../services/auth/password-reset.js';
import { register, verifyEmail } from '../../services/auth/register.js';
import { login } from '../../services/auth/sign-in.js';
import { logout } from '../../services/auth/sign-out.js';
import { recoverUsername } from '../../services/auth/username-recovery.js';
import { verifyMfa } from '../../services/auth/verify-mfa.js';
import { reportNotMe } from '../../services/not-me/report-not-me.js';
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

  passkeyOptions: publicProcedure.mutation(({ ctx }) => passkeySignInOptions(ctx)),

  loginWithPasskey: publicProcedure
    .input(passkeyAssertionInput)
    .mutation(({ ctx, input }) => loginWithPasskey(ctx, input)),

  mfaPasskeyOptions: publicProcedure
    .input(passkeySecondFactorOptionsInput)
    .mutation(({ ctx, input }) => secondFactorPasskeyOptions(ctx, input)),

  verifyMfaPasskey: publicProcedure
    .input(verifyMfaPasskeyInput)
    .mutation(({ ctx, input }) => verifyMfaWithPasskey(ctx, input)),

  reauthenticationPasskeyOptions: customerProcedure.mutation(({ ctx }) =>
    reauthenticationPasskeyOptions(ctx),
  ),

  reauthenticateWithPasskey: customerProcedure
    .input(passkeyAssertionInput)
    .mutation(({ ctx, input }) => reauthenticateWithPasskey(ctx, input)),

  reportNotMe: publicProcedure
    .input(reportNotMeInput)
    .mutation(({ ctx, input }) => reportNotMe(ctx, input)),
});
