import { isIsoDate } from '@marque/domain';
import { z } from 'zod';
import { USERNAME_PATTERN } from '../services/accounts/username.js';

// Every message here is shown next to a form field, so it says what to do, in plain words.

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

export const emailField = z
  .string()
  .trim()
  .max(254, 'Enter an e-mail address of at most 254 characters.')
  .pipe(z.email('Enter an e-mail address like name@example.com.'));

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

export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, 'Enter a phone number of 7 to 20 digits, e.g. 07700 900123.');

const agreementNumberField = z
  .string()
  .trim()
  .min(4, 'Enter your agreement number as it appears on your agreement.')
  .max(32, 'Enter your agreement number as it appears on your agreement.');

/** What a customer tells us to prove who they are: the market's identity check (PRODUCT.md). */
export const identityClaimField = z.discriminatedUnion('market', [
  z.object({
    market: z.literal('UK'),
    agreementNumber: agreementNumberField,
    dateOfBirth: dateOfBirthField,
    postcode: z
      .string()
      .trim()
      .min(5, 'Enter your postcode, e.g. SW1A 1AA.')
      .max(10, 'Enter your postcode, e.g. SW1A 1AA.'),
  }),
  z.object({
    market: z.literal('US'),
    accountNumber: agreementNumberField,
    ssnLast4: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'Enter the last 4 digits of your Social Security number.'),
    dateOfBirth: dateOfBirthField,
  }),
]);
