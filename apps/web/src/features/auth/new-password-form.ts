import { z } from 'zod';
import { loadPasswordRules } from './password-rules.js';

/** A new password alone (reset from an e-mailed link), judged by the domain's rules. */
export const newPasswordForm = z.object({
  password: z
    .string()
    .min(1, 'Choose a new password.')
    .superRefine(async (password, context) => {
      if (password === '') return;
      const { passwordRefusal } = await loadPasswordRules();
      const refusal = passwordRefusal(password, {});
      if (refusal !== null) context.addIssue({ code: 'custom', message: refusal });
    }),
});

export type NewPasswordValues = z.infer<typeof newPasswordForm>;
