import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT_POLICY,
  validateLockoutPolicy,
  type LockoutPolicy,
} from './lockout-policy.js';
import {
  LockoutError,
  lockStatus,
  recordFailure,
  recordSuccess,
  UNLOCKED,
  type LockoutState,
} from './lockout.js';

const START = new Date('2025-03-01T09:00:00Z');

function at(seconds: number): Date {
  return new Date(START.getTime() + seconds * 1000);
}

/** Records a failure at each of the given seconds after START. */
function failAt(
  secondsList: readonly number[],
  policy?: LockoutPolicy,
  from = UNLOCKED,
): LockoutState {
  return secondsList.reduce((state, seconds) => recordFailure(state, at(seconds), policy), from);
}

/** Fails `count` times one second apart from `startSeconds`, enough to trigger one lock by default. */
function burst(startSeconds: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => startSeconds + i);
}

describe('lockout', () => {
  it('locks the account after 5 failures for 1 minute', () => {
    const four = failAt(burst(0, 4));
    expect(lockStatus(four, at(4))).toEqual({ locked: false });
    const five = recordFailure(four, at(4));
    expect(lockStatus(five, at(4))).toEqual({ locked: true, until: at(64) });
    expect(lockStatus(five, at(63))).toEqual({ locked: true, until: at(64) });
    expect(lockStatus(five, at(64))).toEqual({ locked: false });
  });

  it('doubles the wait on each lock up to 15 minutes', () => {
    const policy = { ...DEFAULT_LOCKOUT_POLICY, permanentAfterTemporaryLockouts: null };
    let state = UNLOCKED;
    let now = 0;
    const waits: number[] = [];
    for (let lock = 0; lock < 7; lock += 1) {
      state = failAt(burst(now), policy, state);
      const status = lockStatus(state, at(now + 4), policy);
      if (!status.locked || status.until === null) throw new Error('expected a temporary lock');
      waits.push((status.until.getTime() - at(now + 4).getTime()) / 1000);
      now = (status.until.getTime() - START.getTime()) / 1000;
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('locks permanently after 3 temporary locks', () => {
    let state = UNLOCKED;
    for (const start of [0, 100, 300, 600]) state = failAt(burst(start), undefined, state);
    expect(state.temporaryLockouts).toBe(3);
    expect(state.permanent).toBe(true);
    expect(lockStatus(state, at(10 * 365 * 86_400))).toEqual({ locked: true, until: null });
  });

  it('makes the first lock permanent when permanentAfterTemporaryLockouts is 0', () => {
    const policy = { ...DEFAULT_LOCKOUT_POLICY, permanentAfterTemporaryLockouts: 0 };
    expect(failAt(burst(0), policy).permanent).toBe(true);
  });

  it('never locks permanently when permanentAfterTemporaryLockouts is null', () => {
    const policy = { ...DEFAULT_LOCKOUT_POLICY, permanentAfterTemporaryLockouts: null };
    let state = UNLOCKED;
    for (let start = 0; start < 20 * 1000; start += 1000)
      state = failAt(burst(start), policy, state);
    expect(state.permanent).toBe(false);
    expect(state.temporaryLockouts).toBe(20);
  });

  it('ignores failures during a lock: they neither extend it nor count', () => {
    const locked = failAt(burst(0));
    const during = failAt([10, 20, 30, 40, 50, 63], undefined, locked);
    expect(during).toBe(locked);
    expect(lockStatus(during, at(64))).toEqual({ locked: false });
  });

  it('counts again from zero once a lock ends, keeping the number of locks', () => {
    const afterLock = failAt(burst(64, 4), undefined, failAt(burst(0)));
    expect(afterLock).toMatchObject({ failures: 4, temporaryLockouts: 1, permanent: false });
    expect(lockStatus(afterLock, at(67))).toEqual({ locked: false });
    const second = recordFailure(afterLock, at(68));
    expect(lockStatus(second, at(68))).toEqual({ locked: true, until: at(68 + 120) });
  });

  it('forgets failures after 12 hours', () => {
    const four = failAt(burst(0, 4));
    const later = recordFailure(four, at(3 + 43_200));
    expect(later.failures).toBe(1);
    const justBefore = recordFailure(four, at(3 + 43_199));
    expect(lockStatus(justBefore, at(3 + 43_199)).locked).toBe(true);
  });

  it('forgets the temporary locks too after 12 hours without a failure', () => {
    const twoLocks = failAt(burst(100), undefined, failAt(burst(0)));
    expect(twoLocks.temporaryLockouts).toBe(2);
    const nextDay = failAt(burst(104 + 43_200), undefined, twoLocks);
    expect(nextDay.temporaryLockouts).toBe(1);
    expect(lockStatus(nextDay, at(108 + 43_200))).toEqual({
      locked: true,
      until: at(108 + 43_200 + 60),
    });
  });

  it('a success clears everything', () => {
    const withLocks = failAt(burst(2), undefined, failAt(burst(100), undefined, failAt(burst(0))));
    expect(recordSuccess(withLocks)).toEqual(UNLOCKED);
    expect(recordSuccess(failAt(burst(0, 3)))).toEqual(UNLOCKED);
    const permanent = failAt([...burst(0), ...burst(100), ...burst(300), ...burst(600)]);
    expect(recordSuccess(permanent)).toEqual(UNLOCKED);
  });

  it('shortens a lock in force when the policy maximum is lowered', () => {
    const policy = { ...DEFAULT_LOCKOUT_POLICY, waitIncrementSeconds: 600 };
    const locked = failAt(burst(0), policy);
    expect(lockStatus(locked, at(100), policy)).toEqual({ locked: true, until: at(604) });
    const shorter = { ...policy, maxWaitSeconds: 120 };
    expect(lockStatus(locked, at(100), shorter)).toEqual({ locked: true, until: at(124) });
    expect(lockStatus(locked, at(124), shorter)).toEqual({ locked: false });
  });

  it('keeps state that survives a JSON round trip apart from the dates', () => {
    const state = failAt(burst(0));
    const revived = JSON.parse(JSON.stringify(state), (key, value: unknown) =>
      (key === 'lastFailureAt' || key === 'lockedUntil') && typeof value === 'string'
        ? new Date(value)
        : value,
    ) as LockoutState;
    expect(revived).toEqual(state);
  });

  it('refuses an invalid "now" as a programming error', () => {
    expect(() => recordFailure(UNLOCKED, new Date('not a date'))).toThrow(LockoutError);
    expect(() => lockStatus(UNLOCKED, new Date(Number.NaN))).toThrow(LockoutError);
  });

  it('locks within 100 failures even under a policy that skipped validation', () => {
    const broken = { ...DEFAULT_LOCKOUT_POLICY, maxFailures: 1_000_000 };
    const state = failAt(burst(0, 100), broken);
    expect(lockStatus(state, at(99), broken).locked).toBe(true);
    const notANumber = { ...DEFAULT_LOCKOUT_POLICY, maxFailures: Number.NaN };
    expect(lockStatus(failAt(burst(0, 5), notANumber), at(4), notANumber).locked).toBe(true);
  });
});

describe('lockout properties', () => {
  const validPolicy = fc
    .record({
      maxFailures: fc.integer({ min: 1, max: 100 }),
      waitIncrementSeconds: fc.integer({ min: 1, max: 3_600 }),
      extraWaitSeconds: fc.integer({ min: 0, max: 82_800 }),
      extraResetSeconds: fc.integer({ min: 60, max: 86_400 }),
      permanentAfterTemporaryLockouts: fc.option(fc.integer({ min: 0, max: 10 })),
    })
    .map(({ extraWaitSeconds, extraResetSeconds, ...rest }) => {
      const maxWaitSeconds = Math.min(86_400, rest.waitIncrementSeconds + extraWaitSeconds);
      return { ...rest, maxWaitSeconds, failureResetSeconds: maxWaitSeconds + extraResetSeconds };
    });

  /** Gaps between failures: mostly rapid guessing, sometimes long enough to outlast a lock or reset. */
  const gapsSeconds = fc.array(
    fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 200_000 })),
    { minLength: 1, maxLength: 400 },
  );

  it('never lets more than maxFailures failures in a row pass unlocked without a lock, for any valid policy', () => {
    fc.assert(
      fc.property(validPolicy, gapsSeconds, (policy, gaps) => {
        expect(validateLockoutPolicy(policy)).toEqual({ ok: true, policy });
        let state = UNLOCKED;
        let nowMs = START.getTime();
        let unlockedRun = 0;
        for (const gap of gaps) {
          nowMs += gap * 1000;
          const now = new Date(nowMs);
          const wasLocked = lockStatus(state, now, policy).locked;
          const previous = state;
          state = recordFailure(state, now, policy);
          if (wasLocked) continue;
          const forgotten =
            previous.lastFailureAt !== null &&
            nowMs - previous.lastFailureAt.getTime() >= policy.failureResetSeconds * 1000;
          unlockedRun = forgotten ? 1 : unlockedRun + 1;
          if (
            lockStatus(state, now, policy).locked ||
            state.temporaryLockouts > previous.temporaryLockouts
          ) {
            unlockedRun = 0;
          }
          expect(unlockedRun).toBeLessThan(policy.maxFailures);
          expect(state.failures).toBeLessThan(policy.maxFailures);
          expect(unlockedRun).toBeLessThan(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('locks within 100 failures in a row, whatever numbers the policy holds', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, 1e12),
    );
    const anyPolicy = fc.record({
      maxFailures: anyNumber,
      waitIncrementSeconds: anyNumber,
      maxWaitSeconds: anyNumber,
      failureResetSeconds: anyNumber,
      permanentAfterTemporaryLockouts: fc.option(anyNumber),
    });
    fc.assert(
      fc.property(anyPolicy, (policy) => {
        const state = failAt(burst(0, 100), policy);
        expect(state.temporaryLockouts > 0 || state.permanent).toBe(true);
      }),
    );
  });

  it('a success always returns to the unlocked state', () => {
    fc.assert(
      fc.property(gapsSeconds, (gaps) => {
        let seconds = 0;
        const state = failAt(gaps.map((gap) => (seconds += gap)));
        expect(recordSuccess(state)).toEqual(UNLOCKED);
        expect(lockStatus(recordSuccess(state), at(seconds))).toEqual({ locked: false });
      }),
    );
  });
});
