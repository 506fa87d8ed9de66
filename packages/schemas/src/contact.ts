import { z } from 'zod';
import { emailField, phoneField } from './customer-fields.js';

/** The public contact form: works signed out, so it asks for a way to reply. */
export const contactInput = z.object({
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, 'Enter your name.')
    .max(100, 'Use at most 100 characters for your name.'),
  email: emailField,
  phone: phoneField,
  agreementNumber: z
    .string()
    .trim()
    .max(32, 'Enter your agreement number as it appears on your agreement.')
    .regex(
      /^[A-Za-z0-9 /-]*$/,
      'Use only the letters, numbers and dashes of your agreement number.',
    )
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  message: z
    .string({ error: 'Write your message.' })
    .trim()
    .min(1, 'Write your message.')
    .max(3000, 'Keep your message to 3,000 characters or fewer.'),
});
