import { codePointLength } from './code-points.js';
import { isCommonPassword } from './common-passwords.js';
import { containsPersonalInfo, strengthHints, type PersonalInfo } from './personal-info.js';
import { passwordScore, type PasswordScore } from './password-strength.js';
import { isRepetitive } from './repetitive.js';
import { isSequential } from './sequential.js';

/** Length limits in code points; NIST SP 800-63B sets no composition rules, so there are none here. */
export interface PasswordPolicy {
  minLength: number;
  /** NIST requires accepting at least 64 characters. */
  maxLength: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = Object.freeze({
  minLength: 12,
  maxLength: 128,
});

/** Bounds a policy must respect: NIST's floors, and a ceiling that keeps every check cheap. */
const POLICY_BOUNDS = { minMinLength: 8, minMaxLength: 64, maxMaxLength: 1024 } as const;

export class PasswordPolicyError extends Error {
  override readonly name = 'PasswordPolicyError';
}

export type PasswordProblemCode =
  'too_short' | 'too_long' | 'common' | 'personal_info' | 'repetitive' | 'sequential';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

export type PasswordCheck =
  | { ok: true; score: PasswordScore }
  | { ok: false; problems: PasswordProblem[]; score: PasswordScore };

const PATTERN_MESSAGES = {
  common:
    'This password is on a list of passwords that are commonly used or have appeared in data breaches. Choose something less predictable.',
  personal_info:
    'This password contains your name, username, e-mail address, date of birth or postcode. Choose something that others could not guess from your details.',
  repetitive:
    "This password repeats the same characters or pattern, like 'aaaa' or 'abcabc'. Choose something less predictable.",
  sequential:
    "This password is mostly a run of letters, numbers or keys in order, like 'abcd', '1234' or 'qwerty'. Choose something less predictable.",
} as const satisfies Partial<Record<PasswordProblemCode, string>>;

function problem(code: keyof typeof PATTERN_MESSAGES): PasswordProblem {
  return { code, message: PATTERN_MESSAGES[code] };
}

function assertPasswordPolicy(policy: PasswordPolicy): void {
  const { minLength, maxLength } = policy;
  const { minMinLength, minMaxLength, maxMaxLength } = POLICY_BOUNDS;
  if (
    !Number.isInteger(minLength) ||
    !Number.isInteger(maxLength) ||
    minLength < minMinLength ||
    maxLength < Math.max(minMaxLength, minLength) ||
    maxLength > maxMaxLength
  ) {
    throw new PasswordPolicyError(
      `password policy needs whole numbers with ${minMinLength} ≤ minLength ≤ maxLength and ${minMaxLength} ≤ maxLength ≤ ${maxMaxLength}, got ${minLength}/${maxLength}`,
    );
  }
}

/**
 * NIST SP 800-63B §5.1.1.2 memorised-secret rules: length in code points after NFKC normalisation
 * (spaces and any Unicode allowed), no composition rules, and refusal of common, personal,
 * repetitive or sequential passwords — every problem found, each with a reason a customer
 * understands, plus a zxcvbn score for the strength meter.
 */
export function checkPassword(
  password: string,
  personal: PersonalInfo,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
): PasswordCheck {
  assertPasswordPolicy(policy);
  const normalised = password.normalize('NFKC');
  const length = codePointLength(normalised);
  const score = passwordScore(normalised, strengthHints(personal));
  // The other checks judge text the customer must change anyway, and skipping them bounds the work
  // an over-long input can cause.
  if (length > policy.maxLength) {
    const message = `Use at most ${policy.maxLength} characters.`;
    return { ok: false, problems: [{ code: 'too_long', message }], score };
  }
  const problems: PasswordProblem[] = [];
  if (length < policy.minLength) {
    const message = `Use at least ${policy.minLength} characters. A few unrelated words make a long password that is easy to remember.`;
    problems.push({ code: 'too_short', message });
  }
  if (isCommonPassword(normalised)) problems.push(problem('common'));
  if (containsPersonalInfo(normalised, personal)) problems.push(problem('personal_info'));
  if (isRepetitive(normalised)) problems.push(problem('repetitive'));
  if (isSequential(normalised)) problems.push(problem('sequential'));
  return problems.length === 0 ? { ok: true, score } : { ok: false, problems, score };
}
