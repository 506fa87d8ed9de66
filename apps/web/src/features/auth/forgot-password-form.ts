import type { RouterInputs } from '@marque/api';
import { z } from 'zod';

/** Asking for a reset link: one field, username or e-mail; the answer is the same either way. */
export const forgotPasswordForm = z.object({
  usernameOrEmail: z.string().trim().min(1, 'Enter your username or e-mail address.'),
}) satisfies z.ZodType<RouterInputs['auth']['requestPasswordReset']>;

export type ForgotPasswordValues = z.infer<typeof forgotPasswordForm>;
