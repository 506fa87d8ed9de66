import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT_POLICY,
  effectiveLockoutPolicy,
  validateLockoutPolicy,
} from './lockout-policy.js';

describe('validateLockoutPolicy', () => {
  it('accepts the default policy', () => {
    expect(validateLockoutPolicy(DEFAULT_LOCKOUT_POLICY)).toEqual({
      ok: true,
      policy: DEFAULT_LOCKOUT_POLICY,
    });
  });

  it('keeps only the known fields', () => {
    const result = validateLockoutPolicy({ ...DEFAULT_LOCKOUT_POLICY, extra: 'ignored' });
    expect(result).toEqual({ ok: true, policy: DEFAULT_LOCKOUT_POLICY });
  });

  it('refuses more than 100 or fewer than 1 failures before a lock', () => {
    for (const maxFailures of [0, 101, 2.5, Number.NaN, '5']) {
      expect(validateLockoutPolicy({ ...DEFAULT_LOCKOUT_POLICY, maxFailures })).toEqual({
        ok: false,
        problems: ['maxFailures must be a whole number from 1 to 100'],
      });
    }
  });

  it('names every problem at once', () => {
    const result = validateLockoutPolicy({
      maxFailures: 5,
      waitIncrementSeconds: -1,
      failureResetSeconds: 0,
      permanentAfterTemporaryLockouts: 'never',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      'waitIncrementSeconds must be a whole number from 1 to 86400',
      'maxWaitSeconds must be a whole number from 1 to 86400',
      'failureResetSeconds must be a whole number from 60 to 31536000',
      'permanentAfterTemporaryLockouts must be a whole number from 0 to 100, or null',
    ]);
  });

  it('refuses a maximum wait below the first wait, and a reset no longer than the maximum wait', () => {
    const result = validateLockoutPolicy({
      ...DEFAULT_LOCKOUT_POLICY,
      waitIncrementSeconds: 600,
      maxWaitSeconds: 300,
      failureResetSeconds: 300,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'maxWaitSeconds must be at least waitIncrementSeconds',
        'failureResetSeconds must be longer than maxWaitSeconds',
      ],
    });
  });

  it('refuses something that is not an object', () => {
    expect(validateLockoutPolicy(null)).toEqual({
      ok: false,
      problems: ['policy must be an object'],
    });
    expect(validateLockoutPolicy('strict')).toMatchObject({ ok: false });
  });
});

describe('effectiveLockoutPolicy', () => {
  it('leaves a valid policy unchanged', () => {
    expect(effectiveLockoutPolicy(DEFAULT_LOCKOUT_POLICY)).toEqual(DEFAULT_LOCKOUT_POLICY);
  });

  it('forces every number into its range, with the default for one that is not a number', () => {
    expect(
      effectiveLockoutPolicy({
        maxFailures: 1e9,
        waitIncrementSeconds: Number.NaN,
        maxWaitSeconds: -5,
        failureResetSeconds: 2.7,
        permanentAfterTemporaryLockouts: Infinity,
      }),
    ).toEqual({
      maxFailures: 100,
      waitIncrementSeconds: 60,
      maxWaitSeconds: 1,
      failureResetSeconds: 60,
      permanentAfterTemporaryLockouts: 100,
    });
  });
});
