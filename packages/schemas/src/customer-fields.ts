import { isIsoDate } from '@marque/domain';
import { z } from 'zod';

// Every message here is shown next to a form field, so it says what to do, in plain words.

/** Usernames: 3–32 letters, digits, dots, hyphens or underscores. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;

/** A username being chosen. */
export const newUsernameField = z
  .string()
  .trim()
  .regex(USERNAME_PATTERN, 'Use 3 to 32 letters, numbers, dots, hyphens or underscores.');

/** A username being typed to sign in: any text, bounded (unknown usernames fail like wrong passwords). */
export const usernameField = z
  .string()
  .trim()
  .min(1, 'Enter your username.')
  .max(64, 'Enter your username.');

/** A password being typed; the rules for a new one are the domain's, checked separately. */
export const passwordField = z
  .string()
  .min(1, 'Enter your password.')
  .max(1024, 'That password is too long.');

/**
 * A password being chosen: bounded here, judged by the domain's NIST SP 800-63B rules (which need
 * the customer's own details and the blocklist) separately.
 */
export const newPasswordField = z
  .string()
  .min(1, 'Choose a new password.')
  .max(1024, 'That password is too long.');

/** An e-mail address: at most 254 characters (RFC 5321's path limit). */
export const emailField = z
  .string()
  .trim()
  .max(254, 'Enter an e-mail address of at most 254 characters.')
  .pipe(z.email('Enter an e-mail address like name@example.com.'));

/** A date of birth as the identity check compares it: an ISO calendar date. */
export const dateOfBirthField = z
  .string()
  .trim()
  .refine(isIsoDate, 'Enter your date of birth as YYYY-MM-DD.');

/** A token from an e-mailed link. */
export const tokenField = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9_-]{16,128}$/,
    'This link is not complete. Please copy the whole link from the e-mail.',
  );

/** A phone number as people write it, UK or US, with or without the international prefix. */
export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, 'Enter a phone number of 7 to 20 digits, e.g. 07700 900123.');

/** A UK agreement number, as printed on the agreement. */
export const agreementNumberField = z
  .string()
  .trim()
  .min(4, 'Enter your agreement number as it appears on your agreement.')
  .max(32, 'Enter your agreement number as it appears on your agreement.');

/** A US account number, as printed on the statement. */
export const accountNumberField = z
  .string()
  .trim()
  .min(4, 'Enter your account number as it appears on your statement.')
  .max(32, 'Enter your account number as it appears on your statement.');

/** A UK postcode for the identity check: bounded only, since it is compared with the agreement's. */
export const postcodeField = z
  .string()
  .trim()
  .min(5, 'Enter your postcode, e.g. SW1A 1AA.')
  .max(10, 'Enter your postcode, e.g. SW1A 1AA.');

/** The last 4 digits of a US Social Security number: the US identity check. */
export const ssnLast4Field = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'Enter the last 4 digits of your Social Security number.');

/** A code from an authenticator app (RFC 6238 TOTP, 6 digits), with the space apps show. */
export const authenticatorCodeField = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{3}$/, 'Enter the 6-digit code your authenticator app shows.');

/** What a customer tells us to prove who they are: the market's identity check (PRODUCT.md). */
export const identityClaimField = z.discriminatedUnion('market', [
  z.object({
    market: z.literal('UK'),
    agreementNumber: agreementNumberField,
    dateOfBirth: dateOfBirthField,
    postcode: postcodeField,
  }),
  z.object({
    market: z.literal('US'),
    accountNumber: accountNumberField,
    ssnLast4: ssnLast4Field,
    dateOfBirth: dateOfBirthField,
  }),
]);
