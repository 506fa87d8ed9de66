import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { normaliseUsername } from '../accounts/username.js';
import { auditRequest } from '../audit/index.js';
import { clearFailures, lockoutOf } from '../auth/count-failure.js';
import { SIGN_IN_FAILED_MESSAGE } from '../auth/sign-in.js';
import {
  hashPassword,
  passwordNeedsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../credentials/password-hash.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { clearedSessionCookie, sessionCookie } from '../sessions/session-cookie.js';
import { STAFF_SESSION_COOKIE } from '../sessions/session-policy.js';
import { countStaffFailure } from './staff-lockout.js';
import { endStaffSession, openStaffSignIn } from './staff-session-store.js';
import { findStaffByUsername, setStaffPasswordHash } from './staff-store.js';
import type { StaffRow } from '../../db/staff-tables.js';

/** After the password: prove the enrolled authenticator, or enrol one (first sign-in, after a reset). */
export type StaffSignInStep = { status: 'totp_required' } | { status: 'enrolment_required' };

function signInFailed(): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message: SIGN_IN_FAILED_MESSAGE });
}

/**
 * The first step of a staff sign-in, held to the customers' rules: rate limits per IP and per
 * username, the same progressive lockout, one argon2 verify on every path (a dummy one for an
 * unknown, invited-but-not-accepted or disabled member) and one answer for every failure. A right
 * password opens a short sign-in step in the staff cookie; only the second factor completes it.
 */
export async function staffLogin(
  ctx: Context,
  input: { username: string; password: string },
): Promise<StaffSignInStep> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `staff-login:ip:${ctx.req.ip}`,
    config.rateLimits.loginPerIp,
    now,
  );
  const username = normaliseUsername(input.username);
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `staff-login:account:${username}`,
    config.rateLimits.loginPerAccount,
    now,
  );

  const staff = await findStaffByUsername(db, input.username);
  if (staff?.password_hash == null) {
    await verifyAgainstDummy(input.password);
    await auditRequest(ctx, {
      event: 'staff.signin.failed',
      actorType: 'anonymous',
      details: {
        reason: staff === undefined ? 'unknown_username' : 'invitation_not_accepted',
        username: username.slice(0, 64),
      },
    });
    throw signInFailed();
  }

  const key = { kind: 'staff', staffId: staff.id } as const;
  const lockout = await lockoutOf(ctx, key);
  const passwordMatches = await verifyPassword(staff.password_hash, input.password);
  const failure = (reason: string) =>
    auditRequest(ctx, {
      event: 'staff.signin.failed',
      actorType: 'anonymous',
      details: { reason, staffId: staff.id },
    });
  if (lockout.locked) {
    await failure('locked');
    throw signInFailed();
  }
  if (!passwordMatches) {
    await failure('wrong_password');
    await countStaffFailure(ctx, key);
    throw signInFailed();
  }
  if (staff.disabled_at !== null) {
    await failure('disabled');
    throw signInFailed();
  }
  await clearFailures(ctx, key, lockout.state);
  if (passwordNeedsRehash(staff.password_hash)) {
    await setStaffPasswordHash(db, staff.id, await hashPassword(input.password), now);
  }
  return openSecondFactorStep(ctx, staff);
}

/**
 * Opens the sign-in step after a proved password (a sign-in, or an accepted invitation): any
 * staff session this browser had ends first, so an id planted before sign-in is useless.
 */
export async function openSecondFactorStep(
  ctx: Context,
  staff: Pick<StaffRow, 'id' | 'totp_confirmed_at'>,
): Promise<StaffSignInStep> {
  const { db, clock } = ctx.deps;
  if (ctx.staffSession !== null) await endStaffSession(db, ctx.staffSession.id);
  const token = await openStaffSignIn(
    db,
    { staffId: staff.id, ip: ctx.req.ip, userAgent: ctx.req.userAgent },
    clock(),
  );
  ctx.resHeaders.append('set-cookie', sessionCookie(token, STAFF_SESSION_COOKIE));
  return staff.totp_confirmed_at === null
    ? { status: 'enrolment_required' }
    : { status: 'totp_required' };
}

/** Signs out of the console: the session is deleted on the server, the cookie cleared. */
export async function staffLogout(ctx: Context): Promise<{ status: 'signed_out' }> {
  ctx.resHeaders.append('set-cookie', clearedSessionCookie(STAFF_SESSION_COOKIE));
  const session = ctx.staffSession;
  if (session === null) return { status: 'signed_out' };
  await endStaffSession(ctx.deps.db, session.id);
  await auditRequest(ctx, {
    event: 'staff.signed_out',
    actorType: 'staff',
    actorId: session.staffId,
    details: { stage: session.signedIn ? 'signed_in' : 'signing_in' },
  });
  return { status: 'signed_out' };
}
