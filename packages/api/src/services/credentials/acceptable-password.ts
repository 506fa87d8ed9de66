import { checkPassword, type PersonalInfo } from '@marque/domain';
import { fieldError } from '../../trpc/field-errors.js';

/**
 * Applies the domain's NIST SP 800-63B password rules, turning any problems into a field error the
 * form shows under the password box (every reason, in the customer's words).
 */
export function assertAcceptablePassword(
  password: string,
  personal: PersonalInfo,
  field = 'password',
): void {
  const check = checkPassword(password, personal);
  if (check.ok) return;
  throw fieldError(
    { [field]: check.problems.map((problem) => problem.message).join(' ') },
    'Please choose a different password.',
  );
}
