import type { LockoutState } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { RateLimitedCause } from '../../trpc/rate-limited-error.js';
import { findAccountById, type AccountWithCustomer } from '../accounts/account-store.js';
import { auditRequest } from '../audit/index.js';
import {
  closeMfaChallenge,
  countMfaAttempt,
  findOpenMfaChallenge,
  type MfaChallenge,
} from '../mfa/mfa-challenge.js';
import {
  acceptTimeStep,
  loadTotp,
  remainingRecoveryCodes,
  secondFactorKeys,
  useRecoveryCode,
} from '../mfa/second-factor-store.js';
import { verifyTotp } from '../mfa/totp.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { secondsUntil } from '../time/instant.js';
import type { LockoutKey } from '../lockout/lockout-store.js';
import { clearFailures, countFailure, lockoutOf } from './count-failure.js';
import { completeSignIn } from './sign-in.js';

export type VerifyMfaResult = { status: 'signed_in'; recoveryCodesLeft: number | null };

function challengeExpired(): TRPCError {
  return new TRPCError({
    code: 'UNAUTHORIZED',
    message: 'This sign-in has expired. Please sign in again.',
  });
}

export interface SecondStep {
  challenge: MfaChallenge;
  account: AccountWithCustomer;
  key: LockoutKey;
  lockout: LockoutState;
}

/**
 * Opens the second step of a sign-in for checking a factor: rate limited per IP and per account,
 * the challenge open, and the account's own second-factor lockout not engaged.
 */
export async function openSecondStep(ctx: Context, token: string): Promise<SecondStep> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `mfa:ip:${ctx.req.ip}`,
    config.rateLimits.mfaPerIp,
    now,
  );
  const challenge = await findOpenMfaChallenge(db, token, now);
  if (challenge === null) throw challengeExpired();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `mfa:account:${challenge.accountId}`,
    config.rateLimits.mfaPerAccount,
    now,
  );
  const account = await findAccountById(db, challenge.accountId);
  if (account === undefined) throw challengeExpired();

  const key: LockoutKey = { kind: 'mfa', accountId: account.id };
  const lockout = await lockoutOf(ctx, key);
  if (lockout.locked) {
    const retryAfterSeconds = lockout.until === null ? null : secondsUntil(now, lockout.until);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message:
        retryAfterSeconds === null
          ? 'Too many incorrect codes. Please reset your password to sign in again.'
          : 'Too many incorrect codes. Please wait a few minutes and sign in again.',
      ...(retryAfterSeconds === null ? {} : { cause: new RateLimitedCause(retryAfterSeconds) }),
    });
  }
  return { challenge, account, key, lockout: lockout.state };
}

/** A wrong second factor counts on the challenge (which allows only a few) and on the lockout counter. */
export async function countSecondStepFailure(
  ctx: Context,
  step: SecondStep,
  method: 'code' | 'passkey',
): Promise<void> {
  await countMfaAttempt(ctx.deps.db, step.challenge.id);
  await auditRequest(ctx, {
    event: 'signin.mfa_failed',
    actorType: 'anonymous',
    customerId: step.account.customer_id,
    accountId: step.account.id,
    ...(method === 'passkey' ? { details: { method } } : {}),
  });
  await countFailure(ctx, step.account, step.key);
}

/** Closes the challenge (once: a concurrent success loses) and clears the second-factor counter. */
export async function closeSecondStep(ctx: Context, step: SecondStep): Promise<void> {
  if (!(await closeMfaChallenge(ctx.deps.db, step.challenge.id, ctx.deps.clock()))) {
    throw challengeExpired();
  }
  await clearFailures(ctx, step.key, step.lockout);
}

/**
 * The second step of sign-in: a TOTP code (each accepted once: the last accepted time step is
 * stored) or a single-use recovery code. Wrong codes count on the account's own second-factor
 * lockout counter and on the challenge, which allows only a few.
 */
export async function verifyMfa(
  ctx: Context,
  input: { challenge: string; code: string },
): Promise<VerifyMfaResult> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const step = await openSecondStep(ctx, input.challenge);
  const { account } = step;

  const keys = secondFactorKeys(config.secretKey, config.previousSecretKeys);
  const code = input.code.replace(/\s/g, '');
  let method: 'totp' | 'recovery_code' | null = null;
  if (/^\d{6}$/.test(code)) {
    const totp = await loadTotp(db, keys, account.id);
    const check = totp?.confirmed
      ? await verifyTotp(totp.secret, code, now, totp.lastTimeStep)
      : null;
    if (check?.ok && (await acceptTimeStep(db, account.id, check.timeStep, now))) method = 'totp';
  } else if (await useRecoveryCode(db, keys, account.id, code, now)) {
    method = 'recovery_code';
  }

  if (method === null) {
    await countSecondStepFailure(ctx, step, 'code');
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'That code is not right. Check your authenticator app and try again.',
    });
  }
  await closeSecondStep(ctx, step);
  let recoveryCodesLeft: number | null = null;
  if (method === 'recovery_code') {
    recoveryCodesLeft = await remainingRecoveryCodes(db, account.id);
    await auditRequest(ctx, {
      event: 'mfa.recovery_code_used',
      actorType: 'customer',
      actorId: account.id,
      customerId: account.customer_id,
      accountId: account.id,
      details: { remaining: recoveryCodesLeft },
    });
  }
  await completeSignIn(ctx, account, step.challenge.deviceId, method);
  return { status: 'signed_in', recoveryCodesLeft };
}
