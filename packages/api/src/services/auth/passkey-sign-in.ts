import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { findAccountById } from '../accounts/account-store.js';
import { auditRequest } from '../audit/index.js';
import { deviceCookieKeys, trustedDeviceId } from '../devices/trusted-device.js';
import type { LockoutKey } from '../lockout/lockout-store.js';
import type { PasskeyRequestOptions } from '../passkeys/options-json.js';
import { beginAssertion, checkAssertion } from '../passkeys/passkey-assertion.js';
import { passkeysOf } from '../passkeys/passkey-store.js';
import { UNBOUND } from '../passkeys/webauthn-challenges.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { clearFailures, countFailure, lockoutOf } from './count-failure.js';
import { completeSignIn } from './sign-in.js';
import {
  closeSecondStep,
  countSecondStepFailure,
  openSecondStep,
  type VerifyMfaResult,
} from './verify-mfa.js';

/** One message for every refused passkey sign-in, as for passwords: it tells an attacker nothing. */
export const PASSKEY_SIGN_IN_FAILED_MESSAGE =
  'We could not sign you in with that passkey, or the account is locked. Try again, or sign in with your username and password.';

function passkeySignInFailed(): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message: PASSKEY_SIGN_IN_FAILED_MESSAGE });
}

/**
 * The sign-in page asks for options on every visit (for passkey autofill), so options are counted
 * apart from sign-in attempts, under the same per-IP rule.
 */
async function limitPerIp(ctx: Context, counter: 'login' | 'passkey-options'): Promise<void> {
  const { db, clock, config } = ctx.deps;
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `${counter}:ip:${ctx.req.ip}`,
    config.rateLimits.loginPerIp,
    clock(),
  );
}

/**
 * Options for signing in with a passkey alone: no username and no allow-list, so the browser offers
 * the passkeys it holds for this site (also as autofill suggestions: conditional mediation).
 */
export async function passkeySignInOptions(
  ctx: Context,
): Promise<{ options: PasskeyRequestOptions }> {
  await limitPerIp(ctx, 'passkey-options');
  return { options: await beginAssertion(ctx, 'sign_in', UNBOUND, null) };
}

/**
 * Signs in with a passkey alone: a user-verified passkey is two factors in one (the device and
 * the PIN or biometric that unlocks it), so no second step follows. The same per-IP and
 * per-account rate limits, lockout counters and "this wasn't me" block as the password sign-in
 * apply, and it ends in the same completeSignIn: a new session id, the device cookie, the alert.
 */
export async function loginWithPasskey(
  ctx: Context,
  input: { response: AuthenticationResponseJSON },
): Promise<{ status: 'signed_in' }> {
  const { db, config } = ctx.deps;
  await limitPerIp(ctx, 'login');
  const outcome = await checkAssertion(ctx, 'sign_in', UNBOUND, input.response, null);
  if (outcome.passkey === null) {
    await auditRequest(ctx, {
      event: 'signin.failed',
      actorType: 'anonymous',
      details: { method: 'passkey', reason: outcome.reason },
    });
    throw passkeySignInFailed();
  }
  const account = await findAccountById(db, outcome.passkey.account_id);
  if (account === undefined) throw passkeySignInFailed();
  const deviceId = await trustedDeviceId(
    db,
    deviceCookieKeys(config.secretKey, config.previousSecretKeys),
    ctx.req.deviceCookie,
    account.id,
  );
  if (deviceId === null) {
    await enforceRateLimit(
      db,
      ctx.resHeaders,
      `login:account:${account.username_normalised}`,
      config.rateLimits.loginPerAccount,
      ctx.deps.clock(),
    );
  }
  const key: LockoutKey =
    deviceId === null
      ? { kind: 'account', accountId: account.id }
      : { kind: 'device', accountId: account.id, deviceId };
  const lockout = await lockoutOf(ctx, key);
  const failure = (reason: string) =>
    auditRequest(ctx, {
      event: 'signin.failed',
      actorType: 'anonymous',
      customerId: account.customer_id,
      accountId: account.id,
      details: { method: 'passkey', reason, counter: key.kind },
    });

  if (lockout.locked) {
    await failure('locked');
    throw passkeySignInFailed();
  }
  if (account.signin_blocked_at !== null) {
    await failure('reported_not_me');
    throw passkeySignInFailed();
  }
  if (!outcome.ok) {
    await failure(outcome.reason);
    await countFailure(ctx, account, key);
    throw passkeySignInFailed();
  }
  await clearFailures(ctx, key, lockout.state);
  await completeSignIn(ctx, account, deviceId, 'passkey');
  return { status: 'signed_in' };
}

/** Options for answering the second sign-in step with one of the account's passkeys. */
export async function secondFactorPasskeyOptions(
  ctx: Context,
  input: { challenge: string },
): Promise<{ options: PasskeyRequestOptions }> {
  const step = await openSecondStep(ctx, input.challenge);
  const passkeys = await passkeysOf(ctx.deps.db, step.account.id);
  if (passkeys.length === 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'There is no passkey on this account. Enter the code from your app instead.',
    });
  }
  const binding = {
    accountId: step.account.id,
    sessionId: null,
    mfaChallengeId: step.challenge.id,
  };
  return { options: await beginAssertion(ctx, 'second_factor', binding, passkeys) };
}

/**
 * The second sign-in step answered with a passkey: the answer must be for this sign-in's challenge
 * and one of this account's passkeys. A refused answer counts like a wrong code.
 */
export async function verifyMfaWithPasskey(
  ctx: Context,
  input: { challenge: string; response: AuthenticationResponseJSON },
): Promise<VerifyMfaResult> {
  const step = await openSecondStep(ctx, input.challenge);
  const binding = {
    accountId: step.account.id,
    sessionId: null,
    mfaChallengeId: step.challenge.id,
  };
  const outcome = await checkAssertion(
    ctx,
    'second_factor',
    binding,
    input.response,
    step.account.id,
  );
  if (!outcome.ok) {
    await countSecondStepFailure(ctx, step, 'passkey');
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'That passkey was not accepted. Try it again, or enter the code from your app.',
    });
  }
  await closeSecondStep(ctx, step);
  await completeSignIn(ctx, step.account, step.challenge.deviceId, 'passkey');
  return { status: 'signed_in', recoveryCodesLeft: null };
}
