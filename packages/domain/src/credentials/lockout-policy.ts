/** How progressive lockout behaves; one policy serves account and device lockouts alike. */
export interface LockoutPolicy {
  /** Failures (each within failureResetSeconds of the one before) that trigger a lock. */
  maxFailures: number;
  /** The first lock's wait; each further temporary lock doubles it. */
  waitIncrementSeconds: number;
  /** The longest a temporary lock lasts. */
  maxWaitSeconds: number;
  /** A quiet spell this long after the last failure forgets the failures and the temporary locks. */
  failureResetSeconds: number;
  /** After this many temporary locks the next lock is permanent; null: locks are always temporary. */
  permanentAfterTemporaryLockouts: number | null;
}

/** Whatever the configuration, a lock follows at most this many consecutive failures. */
export const MAX_CONSECUTIVE_FAILURES = 100;

const DEFAULTS = {
  maxFailures: 5,
  waitIncrementSeconds: 60,
  maxWaitSeconds: 900,
  failureResetSeconds: 43_200,
  permanentAfterTemporaryLockouts: 3,
} as const;

/** Five failures lock for 1 minute, then 2 and 4; the fourth lock is permanent; 12 quiet hours forget all. */
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = Object.freeze({ ...DEFAULTS });

const DAY_SECONDS = 86_400;

type CountField = Exclude<keyof LockoutPolicy, 'permanentAfterTemporaryLockouts'>;

interface Range {
  min: number;
  max: number;
}

/** The range each number must fall in; validation and the defensive clamp both read it. */
const LIMITS: Record<keyof LockoutPolicy, Range> = {
  maxFailures: { min: 1, max: MAX_CONSECUTIVE_FAILURES },
  waitIncrementSeconds: { min: 1, max: DAY_SECONDS },
  maxWaitSeconds: { min: 1, max: DAY_SECONDS },
  // Forgetting failures sooner than a minute after the last would let slow guessing dodge every lock.
  failureResetSeconds: { min: 60, max: 365 * DAY_SECONDS },
  permanentAfterTemporaryLockouts: { min: 0, max: MAX_CONSECUTIVE_FAILURES },
};

const COUNT_FIELDS: readonly CountField[] = [
  'maxFailures',
  'waitIncrementSeconds',
  'maxWaitSeconds',
  'failureResetSeconds',
];

function isWholeNumberIn(value: unknown, { min, max }: Range): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function rangeProblem(field: keyof LockoutPolicy): string {
  const { min, max } = LIMITS[field];
  return `${field} must be a whole number from ${min} to ${max}`;
}

/** Checks a configured lockout policy (e.g. from the environment) before the API uses it. */
export function validateLockoutPolicy(
  p: unknown,
): { ok: true; policy: LockoutPolicy } | { ok: false; problems: string[] } {
  if (typeof p !== 'object' || p === null) {
    return { ok: false, problems: ['policy must be an object'] };
  }
  const input = p as Record<string, unknown>;
  const problems = COUNT_FIELDS.filter(
    (field) => !isWholeNumberIn(input[field], LIMITS[field]),
  ).map(rangeProblem);
  const permanentAfter = input.permanentAfterTemporaryLockouts;
  if (
    permanentAfter !== null &&
    !isWholeNumberIn(permanentAfter, LIMITS.permanentAfterTemporaryLockouts)
  ) {
    problems.push(`${rangeProblem('permanentAfterTemporaryLockouts')}, or null`);
  }
  if (problems.length > 0) return { ok: false, problems };
  // Every field is in range now, so the clamp changes nothing: it only copies the known fields.
  const policy = effectiveLockoutPolicy(input as unknown as LockoutPolicy);
  if (policy.maxWaitSeconds < policy.waitIncrementSeconds) {
    problems.push('maxWaitSeconds must be at least waitIncrementSeconds');
  }
  // Otherwise the temporary-lock count is forgotten before a lock ends and never escalates.
  if (policy.failureResetSeconds <= policy.maxWaitSeconds) {
    problems.push('failureResetSeconds must be longer than maxWaitSeconds');
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, policy };
}

function clamp(value: unknown, { min, max }: Range, fallback: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/**
 * Defence in depth for policies that skipped validation: every number is forced into its range
 * (a missing or NaN one takes the default), so no policy allows more than 100 failures without a lock.
 */
export function effectiveLockoutPolicy(policy: LockoutPolicy): LockoutPolicy {
  const inRange = (field: keyof LockoutPolicy): number =>
    clamp(policy[field], LIMITS[field], DEFAULTS[field]);
  return {
    maxFailures: inRange('maxFailures'),
    waitIncrementSeconds: inRange('waitIncrementSeconds'),
    maxWaitSeconds: inRange('maxWaitSeconds'),
    failureResetSeconds: inRange('failureResetSeconds'),
    permanentAfterTemporaryLockouts:
      policy.permanentAfterTemporaryLockouts === null
        ? null
        : inRange('permanentAfterTemporaryLockouts'),
  };
}
