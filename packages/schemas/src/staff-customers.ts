import { z } from 'zod';
import { emailField, phoneField } from './customer-fields.js';
import { parseMoneyInput } from './money-text.js';
import { contactAddressInput } from './profile.js';

// The staff console's inputs for helping a customer: search, the customer view, the identity check
// done while the customer is on the phone, and the sensitive actions that need it.

/** A customer named by the id the search gave. */
export const customerIdField = z
  .string({ error: 'Choose a customer.' })
  .trim()
  .min(1, 'Choose a customer.')
  .max(64, 'Choose a customer.');

/** One box for name, username, e-mail, agreement number, postcode or phone number. */
export const customerSearchInput = z.object({
  query: z
    .string({ error: 'Enter a name, username, e-mail, agreement number, postcode or phone.' })
    .trim()
    .min(2, 'Enter at least 2 characters.')
    .max(100, 'Enter at most 100 characters.'),
  cursor: z
    .string()
    .max(512, 'This list has changed; please search again.')
    .nullish()
    .transform((value) => value ?? null),
  limit: z.number().int().min(1).max(50).default(20),
});

export const customerInput = z.object({ customerId: customerIdField });

/** A page of the customer's audit trail, newest first, before a sequence number. */
export const customerAuditInput = z.object({
  customerId: customerIdField,
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

/** A page of one agreement's transactions in the customer view. */
export const customerTransactionsInput = z.object({
  customerId: customerIdField,
  agreementId: z.string().trim().min(1, 'Choose an agreement.').max(64, 'Choose an agreement.'),
  cursor: z.string().max(512, 'This list has changed; please start again.').nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

/** What the caller said, typed as heard; a blank answer is one the caller could not give. */
const callerAnswer = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Enter at most ${String(max)} characters.`)
    .default('');

/**
 * The identity check: the answers the caller gave, never the record's. The server compares them
 * and keeps only the outcome; postcode is asked in the UK, the last 4 of the SSN in the US, the last
 * payment amount when the customer has made a payment.
 */
export const identityVerificationInput = z.object({
  customerId: customerIdField,
  answers: z.object({
    agreementNumber: callerAnswer(32),
    dateOfBirth: callerAnswer(10),
    postcode: callerAnswer(10),
    ssnLast4: callerAnswer(4),
    lastPaymentAmount: callerAnswer(20).transform((text, context) => {
      if (text === '') return null;
      const amount = parseMoneyInput(text);
      if (amount === null) {
        context.addIssue({
          code: 'custom',
          message: 'Enter the amount the caller said, like 245.50, or leave it blank.',
        });
        return z.NEVER;
      }
      return amount;
    }),
  }),
});

/** Why a member of staff takes a sensitive action: kept in the audit log with it. */
export const actionReasonField = z
  .string({ error: 'Say why you are doing this.' })
  .trim()
  .min(10, 'Say why you are doing this, in at least 10 characters.')
  .max(500, 'Use at most 500 characters.');

/** Ending sessions, resetting two-step verification, sending a password-reset link. */
export const customerActionInput = z.object({
  customerId: customerIdField,
  reason: actionReasonField,
});

/** Unlocking sign-in: every lockout counter, or one (a device's) by the key the view lists. */
export const unlockCustomerInput = customerActionInput.extend({
  counter: z.string().trim().min(1).max(100, 'Choose a lockout to clear.').optional(),
});

/** Changing contact details for the customer: only what changed is sent. */
export const staffContactChangeInput = customerActionInput
  .extend({
    phone: phoneField.optional(),
    address: contactAddressInput.optional(),
    email: emailField.optional(),
  })
  .refine(
    (change) =>
      change.phone !== undefined || change.address !== undefined || change.email !== undefined,
    'Change at least one detail.',
  );
