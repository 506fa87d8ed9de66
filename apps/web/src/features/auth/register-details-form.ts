import type { Market, PersonalInfo } from '@marque/domain';
import { registerInput } from '@marque/schemas';
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
 * The second registration step: the API's own fields, and the password judged here by the same
 * domain rules the API uses (NIST SP 800-63B), with the customer's own details, so the reasons
 * show before anything is sent.
 */
export function registerDetailsForm(identity: IdentityValues, market: Market) {
  const claim = identityClaimOf(identity, market);
  return registerInput
    .pick({ username: true, email: true, password: true })
    .superRefine(async (values, context) => {
      if (values.password === '') return;
      const { passwordRefusal } = await loadPasswordRules();
      const refusal = passwordRefusal(values.password, personalInfoOf(claim, values));
      if (refusal !== null) {
        context.addIssue({ code: 'custom', path: ['password'], message: refusal });
      }
    });
}
