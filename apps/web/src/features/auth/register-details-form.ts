import type { Market, PersonalInfo } from '@marque/domain';
import { z } from 'zod';
import { identityClaimOf, type IdentityClaimInput, type IdentityValues } from './identity-form.js';
import { loadPasswordRules } from './password-rules.js';

export interface RegisterDetailsValues {
  username: string;
  email: string;
  password: string;
}

/** What the registrant has told us about themselves, none of which may be in the password. */
export function personalInfoOf(
  claim: IdentityClaimInput,
  details: Pick<RegisterDetailsValues, 'username' | 'email'>,
): PersonalInfo {
  return {
    username: details.username,
    email: details.email,
    dateOfBirth: claim.dateOfBirth,
    ...(claim.market === 'UK' ? { postcode: claim.postcode } : {}),
  };
}

/**
 * The second registration step. The username's format is the API's to judge (its message comes
 * back under the field); the password is judged here by the same domain rules the API uses, with
 * the customer's own details, so the reasons show before anything is sent.
 */
export function registerDetailsForm(identity: IdentityValues, market: Market) {
  const claim = identityClaimOf(identity, market);
  return z
    .object({
      username: z.string().trim().min(1, 'Choose a username.'),
      email: z.string().trim().pipe(z.email('Enter an e-mail address like name@example.com.')),
      password: z.string().min(1, 'Choose a password.'),
    })
    .superRefine(async (values, context) => {
      if (values.password === '') return;
      const { passwordRefusal } = await loadPasswordRules();
      const refusal = passwordRefusal(values.password, personalInfoOf(claim, values));
      if (refusal !== null) {
        context.addIssue({ code: 'custom', path: ['password'], message: refusal });
      }
    });
}
