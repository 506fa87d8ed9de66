import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import {
  findAccountByUsername,
  setPasswordHash,
  type AccountWithCustomer,
} from '../accounts/account-store.js';
import { recipientOf } from '../accounts/personal-info.js';
import { normaliseUsername } from '../accounts/username.js';
import { auditRequest } from '../audit/index.js';
import {
  hashPassword,
  passwordNeedsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../credentials/password-hash.js';
import { deviceCookieHeader } from '../devices/device-cookie.js';
import {
  deviceCookieKey,
  deviceCookieKeys,
  rememberDevice,
  trustedDeviceId,
} from '../devices/trusted-device.js';
import type { LockoutKey } from '../lockout/lockout-store.js';
import { newDeviceSignInMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import { hasConfirmedTotp } from '../mfa/second-factor-store.js';
import { openMfaChallenge } from '../mfa/mfa-challenge.js';
import { passkeysOf } from '../passkeys/passkey-store.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { describeDevice } from '../sessions/device-description.js';
import { sessionCookie } from '../sessions/session-cookie.js';
import { createSession } from '../sessions/session-store.js';
import { clearFailures, countFailure, lockoutOf } from './count-failure.js';

/** One message for an unknown username, a wrong password and a locked account (no enumeration). */
export const SIGN_IN_FAILED_MESSAGE =
  'The username or password is incorrect, or the account is locked.';

function signInFailed(): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message: SIGN_IN_FAILED_MESSAGE });
}

export type LoginResult =
  | { status: 'signed_in' }
  /** `passkey`: the customer may answer the second step with a passkey instead of a code. */
  | { status: 'mfa_required'; challenge: string; passkey: boolean };

export type SignInMethod = 'password' | 'totp' | 'recovery_code' | 'passkey';

/**
 * Sign-in with username and password. Every path runs exactly one argon2 verify (a dummy one for
 * an unknown username) and ends in the same UNAUTHORIZED, so neither the answer nor its timing
 * tells an attacker whether the username exists or the account is locked. Failures count on the
 * trusted device's own lockout counter when the browser holds a valid device cookie for this
 * account, otherwise on the account-wide counter (OWASP device cookies).
 */
export async function login(
  ctx: Context,
  input: { username: string; password: string },
): Promise<LoginResult> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `login:ip:${ctx.req.ip}`,
    config.rateLimits.loginPerIp,
    now,
  );

  const account = await findAccountByUsername(db, input.username);
  const deviceId = account
    ? await trustedDeviceId(
        db,
        deviceCookieKeys(config.secretKey, config.previousSecretKeys),
        ctx.req.deviceCookie,
        account.id,
      )
    : null;
  if (deviceId === null) {
    // Keyed by what was typed, so an unknown username is throttled exactly like a known one.
    await enforceRateLimit(
      db,
      ctx.resHeaders,
      `login:account:${normaliseUsername(input.username)}`,
      config.rateLimits.loginPerAccount,
      now,
    );
  }

  if (account === undefined) {
    await verifyAgainstDummy(input.password);
    await auditRequest(ctx, {
      event: 'signin.failed',
      actorType: 'anonymous',
      details: {
        reason: 'unknown_username',
        username: normaliseUsername(input.username).slice(0, 64),
      },
    });
    throw signInFailed();
  }

  const key: LockoutKey =
    deviceId === null
      ? { kind: 'account', accountId: account.id }
      : { kind: 'device', accountId: account.id, deviceId };
  const lockout = await lockoutOf(ctx, key);
  const passwordMatches = await verifyPassword(account.password_hash, input.password);
  const failure = (reason: string) =>
    auditRequest(ctx, {
      event: 'signin.failed',
      actorType: 'anonymous',
      customerId: account.customer_id,
      accountId: account.id,
      details: { reason, counter: key.kind },
    });

  if (lockout.locked) {
    await failure('locked');
    throw signInFailed();
  }
  if (account.signin_blocked_at !== null) {
    await failure('reported_not_me');
    throw signInFailed();
  }
  if (!passwordMatches) {
    await failure('wrong_password');
    await countFailure(ctx, account, key);
    throw signInFailed();
  }
  await clearFailures(ctx, key, lockout.state);

  if (account.email_verified_at === null) {
    await failure('email_not_verified');
    throw new TRPCError({
      code: 'FORBIDDEN',
      message:
        'Please confirm your e-mail address first, using the link we sent you. If it has expired, register again to get a new one.',
    });
  }
  if (passwordNeedsRehash(account.password_hash)) {
    await setPasswordHash(db, account.id, await hashPassword(input.password), now, {
      changed: false,
    });
  }
  if (await hasConfirmedTotp(db, account.id)) {
    return {
      status: 'mfa_required',
      challenge: await openMfaChallenge(db, account.id, deviceId, now),
      passkey: (await passkeysOf(db, account.id)).length > 0,
    };
  }
  await completeSignIn(ctx, account, deviceId, 'password');
  return { status: 'signed_in' };
}

/**
 * Finishes a sign-in: a brand-new session id (any session the browser had ends, so a planted id
 * is useless — session fixation), the device cookie, and an alert when the device is new.
 */
export async function completeSignIn(
  ctx: Context,
  account: AccountWithCustomer,
  knownDeviceId: string | null,
  method: SignInMethod,
): Promise<void> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  if (ctx.session !== null) {
    await db.deleteFrom('sessions').where('id', '=', ctx.session.id).execute();
  }
  const device = await rememberDevice(
    db,
    deviceCookieKey(config.secretKey),
    account.id,
    knownDeviceId,
    ctx.req.userAgent,
    now,
  );
  const { token } = await createSession(
    db,
    {
      accountId: account.id,
      customerId: account.customer_id,
      deviceId: device.deviceId,
      ip: ctx.req.ip,
      userAgent: ctx.req.userAgent,
    },
    now,
  );
  ctx.resHeaders.append('set-cookie', sessionCookie(token));
  ctx.resHeaders.append('set-cookie', deviceCookieHeader(device.cookieValue));
  await auditRequest(ctx, {
    event: 'signin.succeeded',
    actorType: 'customer',
    actorId: account.id,
    customerId: account.customer_id,
    accountId: account.id,
    details: { method, newDevice: device.isNew },
  });
  if (device.isNew && !device.isFirst) {
    await mailer.send(
      newDeviceSignInMail(
        mailBrandOf(config),
        recipientOf(account),
        { at: now, device: describeDevice(ctx.req.userAgent), ip: ctx.req.ip },
        await notMeLink(db, config.publicWebUrl, account.id, 'new_device', now),
      ),
    );
  }
}
