import { resetPasswordInput } from '@marque/schemas';
import type { z } from 'zod';
import { loadPasswordRules } from './password-rules.js';

/**
 * A new password alone (reset from an e-mailed link): the API's field, then the domain's
 * NIST SP 800-63B rules, so the reason a password is refused shows before anything is sent.
 */
export const newPasswordForm = resetPasswordInput
  .pick({ password: true })
  .superRefine(async ({ password }, context) => {
    // An empty field already has its message; the rules' dictionaries need not load for it.
    if (password === '') return;
    const { passwordRefusal } = await loadPasswordRules();
    const refusal = passwordRefusal(password, {});
    if (refusal !== null) {
      context.addIssue({ code: 'custom', path: ['password'], message: refusal });
    }
  });

export type NewPasswordValues = z.input<typeof newPasswordForm>;
