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
export {
  DEFAULT_LOCKOUT_POLICY,
  MAX_CONSECUTIVE_FAILURES,
  validateLockoutPolicy,
  type LockoutPolicy,
} from './lockout-policy.js';
export {
  LockoutError,
  lockStatus,
  recordFailure,
  recordSuccess,
  UNLOCKED,
  type LockoutState,
} from './lockout.js';
