import { checkPassword, type PasswordScore, type PersonalInfo } from '@marque/domain';

/** Loaded on demand with the rules (see password-rules.ts), so it travels with them. */
export { checkPassword };

/** The strength meter's words for each zxcvbn score. */
export const STRENGTH_LABELS: Readonly<Record<PasswordScore, string>> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

/**
 * Why a new password would be refused under the domain's NIST SP 800-63B rules, every reason in
 * one message as the API words it, or null when it is acceptable.
 */
export function passwordRefusal(password: string, personal: PersonalInfo): string | null {
  const check = checkPassword(password, personal);
  return check.ok ? null : check.problems.map((problem) => problem.message).join(' ');
}
