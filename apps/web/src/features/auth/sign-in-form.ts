import type { RouterInputs } from '@marque/api';
import { z } from 'zod';

/**
 * What the sign-in form checks before sending: only that both fields are filled in. Whether they
 * are right is for the API alone, which answers every failure with the same message.
 */
export const signInForm = z.object({
  username: z.string().trim().min(1, 'Enter your username.'),
  password: z.string().min(1, 'Enter your password.'),
}) satisfies z.ZodType<RouterInputs['auth']['login']>;

export type SignInValues = z.infer<typeof signInForm>;
