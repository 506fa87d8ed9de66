import {
  DEFAULT_LOCKOUT_POLICY,
  effectiveLockoutPolicy,
  type LockoutPolicy,
} from './lockout-policy.js';

/**
 * Progressive lockout state, plain data (JSON apart from the Dates). Keep one per account and one
 * per trusted device (OWASP "device cookies"): a failure from a browser holding a valid device
 * cookie for the account counts against that device's state; any other failure counts against the
 * account's state, which then locks out untrusted clients only. An attacker guessing from
 * elsewhere thus cannot lock the customer out of the devices they already use.
 */
export interface LockoutState {
  /** Consecutive failures since the last success or the start of the last lock. */
  failures: number;
  lastFailureAt: Date | null;
  /** End of the current (or last) temporary lock. */
  lockedUntil: Date | null;
  /** Temporary locks so far, since the last success or a quiet spell of failureResetSeconds. */
  temporaryLockouts: number;
  /** Locked until staff unlock it or the customer resets the password. */
  permanent: boolean;
}

/** The initial state, and the state after a success, a staff unlock or a password reset. */
export const UNLOCKED: LockoutState = Object.freeze({
  failures: 0,
  lastFailureAt: null,
  lockedUntil: null,
  temporaryLockouts: 0,
  permanent: false,
});

export class LockoutError extends Error {
  override readonly name = 'LockoutError';
}

function assertInstant(now: Date): number {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new LockoutError('now must be a valid Date');
  return ms;
}

/** The wait of the lock that follows `earlierLocks` temporary ones: doubling from the increment, capped. */
function lockWaitSeconds(earlierLocks: number, policy: LockoutPolicy): number {
  return Math.min(policy.maxWaitSeconds, policy.waitIncrementSeconds * 2 ** earlierLocks);
}

/**
 * Whether sign-in is refused now. The lock is the one recorded, but never longer than the policy's
 * current maxWaitSeconds from the failure that started it, so shortening the maximum also shortens
 * locks already in force.
 */
export function lockStatus(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): { locked: false } | { locked: true; until: Date | null } {
  const nowMs = assertInstant(now);
  if (state.permanent) return { locked: true, until: null };
  if (state.lockedUntil === null) return { locked: false };
  const { maxWaitSeconds } = effectiveLockoutPolicy(policy);
  const untilMs =
    state.lastFailureAt === null
      ? state.lockedUntil.getTime()
      : Math.min(
          state.lockedUntil.getTime(),
          state.lastFailureAt.getTime() + maxWaitSeconds * 1000,
        );
  return nowMs < untilMs ? { locked: true, until: new Date(untilMs) } : { locked: false };
}

/**
 * Progressive lockout (OWASP Authentication Cheat Sheet, Keycloak-style brute-force detection):
 * maxFailures failures lock for waitIncrementSeconds, doubling with each temporary lock up to
 * maxWaitSeconds; after permanentAfterTemporaryLockouts temporary locks the next lock is
 * permanent. Failures during a lock change nothing; once it ends, counting restarts from 0. A gap
 * of failureResetSeconds or more since the last failure forgets both the failures and the
 * temporary locks. The policy is clamped, so at most 100 failures ever pass without a lock.
 */
export function recordFailure(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY,
): LockoutState {
  const nowMs = assertInstant(now);
  const effective = effectiveLockoutPolicy(policy);
  if (lockStatus(state, now, effective).locked) return state;
  const quietSpellOver =
    state.lastFailureAt !== null &&
    nowMs - state.lastFailureAt.getTime() >= effective.failureResetSeconds * 1000;
  const temporaryLockouts = quietSpellOver ? 0 : state.temporaryLockouts;
  const failures = (quietSpellOver ? 0 : state.failures) + 1;
  const lastFailureAt = new Date(nowMs);
  if (failures < effective.maxFailures) {
    return { failures, lastFailureAt, lockedUntil: null, temporaryLockouts, permanent: false };
  }
  const permanentAfter = effective.permanentAfterTemporaryLockouts;
  if (permanentAfter !== null && temporaryLockouts >= permanentAfter) {
    return { failures: 0, lastFailureAt, lockedUntil: null, temporaryLockouts, permanent: true };
  }
  const lockedUntil = new Date(nowMs + lockWaitSeconds(temporaryLockouts, effective) * 1000);
  return {
    failures: 0,
    lastFailureAt,
    lockedUntil,
    temporaryLockouts: temporaryLockouts + 1,
    permanent: false,
  };
}

/** A correct password (or a staff unlock, or a password reset) clears every failure and lock. */
export function recordSuccess(_state: LockoutState): LockoutState {
  return UNLOCKED;
}
