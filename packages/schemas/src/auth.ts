import { z } from 'zod';
import {
  emailField,
  identityClaimField,
  newPasswordField,
  newUsernameField,
  passwordField,
  tokenField,
  usernameField,
} from './customer-fields.js';

// Sign-in, registration and recovery: the inputs an attacker tries first, so every one is bounded.

/** Signing in: both fields filled in; whether they are right is for the API alone to say. */
export const signInInput = z.object({ username: usernameField, password: passwordField });

/** Registering: the market's identity check, then the sign-in details being chosen. */
export const registerInput = z.object({
  identity: identityClaimField,
  username: newUsernameField,
  email: emailField,
  password: newPasswordField,
});

/** Following the e-mail verification link. */
export const verifyEmailInput = z.object({ token: tokenField });

const SECOND_FACTOR_CODE = 'Enter the 6-digit code from your app, or a recovery code.';

/** The second sign-in step: an authenticator code or a recovery code, against the challenge. */
export const verifyMfaInput = z.object({
  challenge: tokenField,
  code: z.string().trim().min(6, SECOND_FACTOR_CODE).max(20, SECOND_FACTOR_CODE),
});

const USERNAME_OR_EMAIL = 'Enter your username or e-mail address.';

/** Asking for a reset link by username or e-mail; the answer is the same either way. */
export const passwordResetRequestInput = z.object({
  usernameOrEmail: z.string().trim().min(1, USERNAME_OR_EMAIL).max(254, USERNAME_OR_EMAIL),
});

/** A new password from the e-mailed reset link. */
export const resetPasswordInput = z.object({ token: tokenField, password: newPasswordField });

/** Forgotten username: the identity check alone. */
export const recoverUsernameInput = identityClaimField;

/** Changing the password: the current one proves it is the customer. */
export const changePasswordInput = z.object({
  currentPassword: passwordField,
  newPassword: newPasswordField,
});

/** The password again before a sensitive change. */
export const reauthenticateInput = z.object({ password: passwordField });
