import { z } from 'zod';

/** The second sign-in step: a 6-digit code from the app, or one of the saved recovery codes. */
export const authenticatorCodeForm = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
});

export const recoveryCodeForm = z.object({
  code: z
    .string()
    .trim()
    .min(6, 'Enter one of your recovery codes.')
    .max(20, 'Enter one of your recovery codes.'),
});

export type SecondFactorValues = z.infer<typeof authenticatorCodeForm>;
