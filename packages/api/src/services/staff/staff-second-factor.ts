import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { RateLimitedCause } from '../../trpc/rate-limited-error.js';
import { auditRequest } from '../audit/index.js';
import { clearFailures, lockoutOf } from '../auth/count-failure.js';
import { secondFactorKeys } from '../mfa/second-factor-store.js';
import { newTotpSecret, qrSvg, totpUri, verifyTotp } from '../mfa/totp.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { sessionCookie } from '../sessions/session-cookie.js';
import { STAFF_SESSION_COOKIE } from '../sessions/session-policy.js';
import { secondsUntil } from '../time/instant.js';
import { countStaffFailure } from './staff-lockout.js';
import { completeStaffSignIn, countStaffCodeAttempt } from './staff-session-store.js';
import { findStaffById } from './staff-store.js';
import { acceptStaffTimeStep, loadStaffTotp, storeStaffTotpSecret } from './staff-totp.js';

/** The sign-in step the request is in, as staffSignInStepProcedure puts it in the context. */
type SignInStepContext = Context & { signInStep: { id: string; staffId: string } };

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

function stepExpired(): TRPCError {
  return new TRPCError({
    code: 'UNAUTHORIZED',
    message: 'This sign-in has expired. Please sign in again.',
  });
}

/**
 * Checks a code typed in a sign-in step against the member's authenticator and, when right,
 * completes the sign-in. Held to the customers' second-factor rules: rate limits per IP and per
 * member, a lockout counter of its own, each code accepted once (the last time step is stored),
 * and a few codes per sign-in step.
 */
async function proveCode(
  ctx: SignInStepContext,
  code: string,
  expect: 'enrolled' | 'enrolling',
): Promise<{ status: 'signed_in' }> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const { staffId } = ctx.signInStep;
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `staff-mfa:ip:${ctx.req.ip}`,
    config.rateLimits.mfaPerIp,
    now,
  );
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `staff-mfa:staff:${staffId}`,
    config.rateLimits.mfaPerAccount,
    now,
  );
  const key = { kind: 'staff_mfa', staffId } as const;
  const lockout = await lockoutOf(ctx, key);
  if (lockout.locked) {
    const retryAfterSeconds = lockout.until === null ? null : secondsUntil(now, lockout.until);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message:
        retryAfterSeconds === null
          ? 'Too many incorrect codes. Please ask an administrator to reset your two-step verification.'
          : 'Too many incorrect codes. Please wait a few minutes and sign in again.',
      ...(retryAfterSeconds === null ? {} : { cause: new RateLimitedCause(retryAfterSeconds) }),
    });
  }

  const totp = await loadStaffTotp(
    db,
    secondFactorKeys(config.secretKey, config.previousSecretKeys),
    staffId,
  );
  if (totp === null || totp.confirmed !== (expect === 'enrolled')) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        expect === 'enrolled'
          ? 'Your authenticator app is not set up yet. Please sign in again to set it up.'
          : 'Please start setting up your authenticator app first.',
    });
  }
  const check = await verifyTotp(totp.secret, code.replace(/\s/g, ''), now, totp.lastTimeStep);
  if (!check.ok || !(await acceptStaffTimeStep(db, staffId, check.timeStep, now))) {
    await countStaffCodeAttempt(db, ctx.signInStep.id);
    await auditRequest(ctx, {
      event: 'staff.signin.code_failed',
      actorType: 'anonymous',
      details: { staffId, enrolling: expect === 'enrolling' },
    });
    await countStaffFailure(ctx, key);
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'That code is not right. Check your authenticator app and try again.',
    });
  }
  const token = await completeStaffSignIn(db, ctx.signInStep.id, now);
  if (token === null) throw stepExpired();
  await clearFailures(ctx, key, lockout.state);
  ctx.resHeaders.append('set-cookie', sessionCookie(token, STAFF_SESSION_COOKIE));
  if (expect === 'enrolling') {
    await auditRequest(ctx, { event: 'staff.totp_enrolled', actorType: 'staff', actorId: staffId });
  }
  await auditRequest(ctx, {
    event: 'staff.signin.succeeded',
    actorType: 'staff',
    actorId: staffId,
    details: { method: 'totp' },
  });
  return { status: 'signed_in' };
}

/** The second step of a staff sign-in: the code of the enrolled authenticator app. */
export function verifyStaffTotp(
  ctx: SignInStepContext,
  input: { code: string },
): Promise<{ status: 'signed_in' }> {
  return proveCode(ctx, input.code, 'enrolled');
}

/**
 * Starts enrolment for a member with no proved authenticator (first sign-in, or after an admin's
 * reset): a new secret, its otpauth:// URI and QR code. Asking again replaces the pending secret.
 */
export async function startStaffTotpEnrolment(ctx: SignInStepContext): Promise<TotpEnrolment> {
  const { db, clock, config } = ctx.deps;
  const staff = await findStaffById(db, ctx.signInStep.staffId);
  if (staff === undefined) throw stepExpired();
  const secret = newTotpSecret();
  const stored = await storeStaffTotpSecret(
    db,
    secondFactorKeys(config.secretKey),
    staff.id,
    secret,
    clock(),
    { confirmed: false },
  );
  if (!stored) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Your authenticator app is already set up. Enter the code it shows.',
    });
  }
  const otpauthUrl = totpUri(`${config.brandName} staff`, staff.username, secret);
  return { secret, otpauthUrl, qrSvg: await qrSvg(otpauthUrl) };
}

/** Finishes enrolment with the first code the new authenticator shows, which also signs in. */
export function enrolStaffTotp(
  ctx: SignInStepContext,
  input: { code: string },
): Promise<{ status: 'signed_in' }> {
  return proveCode(ctx, input.code, 'enrolling');
}
