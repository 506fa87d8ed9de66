import { z } from 'zod';
import { emailField, phoneField, tokenField } from './customer-fields.js';

const addressLine = (what: string) =>
  z.string().trim().min(1, `Enter ${what}.`).max(100, `Use at most 100 characters for ${what}.`);

/** A postal address as the customer writes it; the second line is optional. */
export const contactAddressInput = z.object({
  line1: addressLine('the first line of your address'),
  line2: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
  town: addressLine('your town or city'),
  postcode: z.string().trim().min(1, 'Enter your postcode.').max(10, 'Enter your postcode.'),
});

/** Changing contact details: only what changed is sent, so the alert and the audit name just that. */
export const updateContactInput = z
  .object({
    phone: phoneField.optional(),
    address: contactAddressInput.optional(),
    email: emailField.optional(),
  })
  .refine(
    (update) =>
      update.phone !== undefined || update.address !== undefined || update.email !== undefined,
    'Change at least one detail.',
  );

/** Following the link sent to a new e-mail address. */
export const confirmEmailChangeInput = z.object({ token: tokenField });
