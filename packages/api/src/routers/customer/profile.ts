import { z } from 'zod';
import {
  confirmEmailChange,
  getProfile,
  updateContact,
} from '../../services/profile/contact-details.js';
import { router } from '../../trpc/init.js';
import { customerProcedure, publicProcedure, recentAuthProcedure } from '../../trpc/procedures.js';
import { emailField, phoneField, tokenField } from '../../validation/customer-fields.js';

const addressLine = (what: string) =>
  z.string().trim().min(1, `Enter ${what}.`).max(100, `Use at most 100 characters for ${what}.`);

/** The customer's contact details. */
export const profileRouter = router({
  get: customerProcedure.query(({ ctx }) => getProfile(ctx)),

  updateContact: recentAuthProcedure
    .input(
      z
        .object({
          phone: phoneField.optional(),
          address: z
            .object({
              line1: addressLine('the first line of your address'),
              line2: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
              town: addressLine('your town or city'),
              postcode: z
                .string()
                .trim()
                .min(1, 'Enter your postcode.')
                .max(10, 'Enter your postcode.'),
            })
            .optional(),
          email: emailField.optional(),
        })
        .refine(
          (update) =>
            update.phone !== undefined ||
            update.address !== undefined ||
            update.email !== undefined,
          'Change at least one detail.',
        ),
    )
    .mutation(({ ctx, input }) => updateContact(ctx, input)),

  confirmEmailChange: publicProcedure
    .input(z.object({ token: tokenField }))
    .mutation(({ ctx, input }) => confirmEmailChange(ctx, input)),
});
