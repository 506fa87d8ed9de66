export {
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  PasswordPolicyError,
  type PasswordCheck,
  type PasswordPolicy,
  type PasswordProblem,
  type PasswordProblemCode,
} from './password-policy.js';
export type { PasswordScore } from './password-strength.js';
export type { PersonalInfo } from './personal-info.js';
export { isCommonPassword } from './common-passwords.js';
