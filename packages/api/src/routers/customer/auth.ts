import { z } from 'zod';
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
import {
  emailField,
  identityClaimField,
  newUsernameField,
  passwordField,
  tokenField,
  usernameField,
} from '../../validation/customer-fields.js';

/** Sign-in, registration and recovery: the procedures an attacker tries first. */
export const authRouter = router({
  register: publicProcedure
    .input(
      z.object({
        identity: identityClaimField,
        username: newUsernameField,
        email: emailField,
        password: passwordField,
      }),
    )
    .mutation(({ ctx, input }) => register(ctx, input)),

  verifyEmail: publicProcedure
    .input(z.object({ token: tokenField }))
    .mutation(({ ctx, input }) => verifyEmail(ctx, input)),

  login: publicProcedure
    .input(z.object({ username: usernameField, password: passwordField }))
    .mutation(({ ctx, input }) => login(ctx, input)),

  verifyMfa: publicProcedure
    .input(
      z.object({
        challenge: tokenField,
        code: z
          .string()
          .trim()
          .min(6, 'Enter the 6-digit code from your app, or a recovery code.')
          .max(20, 'Enter the 6-digit code from your app, or a recovery code.'),
      }),
    )
    .mutation(({ ctx, input }) => verifyMfa(ctx, input)),

  requestPasswordReset: publicProcedure
    .input(
      z.object({
        usernameOrEmail: z
          .string()
          .trim()
          .min(1, 'Enter your username or e-mail address.')
          .max(254, 'Enter your username or e-mail address.'),
      }),
    )
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),

  resetPassword: publicProcedure
    .input(z.object({ token: tokenField, password: passwordField }))
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),

  recoverUsername: publicProcedure
    .input(identityClaimField)
    .mutation(({ ctx, input }) => recoverUsername(ctx, input)),

  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),

  me: publicProcedure.query(({ ctx }) => currentCustomer(ctx)),

  changePassword: customerProcedure
    .input(z.object({ currentPassword: passwordField, newPassword: passwordField }))
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  reauthenticate: customerProcedure
    .input(z.object({ password: passwordField }))
    .mutation(({ ctx, input }) => reauthenticate(ctx, input)),
});
