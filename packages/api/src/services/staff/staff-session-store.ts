import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { StaffRole } from '../../db/staff-tables.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { MFA_CHALLENGE_MAX_ATTEMPTS } from '../mfa/mfa-challenge.js';
import {
  SESSION_TOUCH_SECONDS,
  STAFF_SESSION_IDLE_SECONDS,
  STAFF_SIGN_IN_STEP_SECONDS,
} from '../sessions/session-policy.js';
import { isSessionAlive } from '../sessions/session-store.js';
import { instant, secondsAfter } from '../time/instant.js';

/** A live staff session as a request sees it, with the member's role as stored now. */
export interface LiveStaffSession {
  id: string;
  staffId: string;
  role: StaffRole;
  /** False during sign-in: the password was right, the second factor is still to come. */
  signedIn: boolean;
}

/** Starts a sign-in step after a correct password; the cookie's secret is returned, its hash stored. */
export async function openStaffSignIn(
  db: Kysely<Database>,
  session: { staffId: string; ip: string | null; userAgent: string | null },
  now: Date,
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('staff_sessions')
    .values({
      id: crypto.randomUUID(),
      token_hash: sha256Hex(token),
      staff_id: session.staffId,
      ip: session.ip,
      user_agent: session.userAgent,
      created_at: instant(now),
      last_seen_at: instant(now),
      second_factor_at: null,
      code_attempts: 0,
    })
    .execute();
  return token;
}

/**
 * Completes a sign-in once the second factor is proved: the session gets a new secret (the one the
 * browser held during the step is worthless now) and its timeouts start again. Null when the step
 * had already been completed or ended (a concurrent request won).
 */
export async function completeStaffSignIn(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<string | null> {
  const token = randomToken(32);
  const result = await db
    .updateTable('staff_sessions')
    .set({
      token_hash: sha256Hex(token),
      second_factor_at: instant(now),
      created_at: instant(now),
      last_seen_at: instant(now),
    })
    .where('id', '=', sessionId)
    .where('second_factor_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? token : null;
}

/** Counts a wrong code in a sign-in step; the step ends after the customers' challenge limit. */
export async function countStaffCodeAttempt(
  db: Kysely<Database>,
  sessionId: string,
): Promise<void> {
  await db
    .updateTable('staff_sessions')
    .set((eb) => ({ code_attempts: eb('code_attempts', '+', 1) }))
    .where('id', '=', sessionId)
    .execute();
}

function isStepAlive(row: { created_at: string; code_attempts: number }, now: Date): boolean {
  return (
    instant(now) < secondsAfter(new Date(row.created_at), STAFF_SIGN_IN_STEP_SECONDS) &&
    row.code_attempts < MFA_CHALLENGE_MAX_ATTEMPTS
  );
}

/**
 * The live session a staff cookie's secret belongs to: signed in and inside the 15-minute idle and
 * 12-hour absolute timeouts, or a sign-in step that is young enough with codes left, of a member
 * who is not disabled. last_seen_at is refreshed at most once a minute; anything else is deleted
 * and gives null.
 */
export async function findLiveStaffSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<LiveStaffSession | null> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .select([
      'staff_sessions.id',
      'staff_sessions.staff_id',
      'staff_sessions.created_at',
      'staff_sessions.last_seen_at',
      'staff_sessions.second_factor_at',
      'staff_sessions.code_attempts',
      'staff.role',
      'staff.disabled_at',
    ])
    .where('staff_sessions.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (row === undefined) return null;
  const signedIn = row.second_factor_at !== null;
  const alive = signedIn
    ? isSessionAlive(row, now, STAFF_SESSION_IDLE_SECONDS)
    : isStepAlive(row, now);
  if (!alive || row.disabled_at !== null) {
    await db.deleteFrom('staff_sessions').where('id', '=', row.id).execute();
    return null;
  }
  if (signedIn && secondsAfter(new Date(row.last_seen_at), SESSION_TOUCH_SECONDS) <= instant(now)) {
    await db
      .updateTable('staff_sessions')
      .set({ last_seen_at: instant(now) })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, staffId: row.staff_id, role: row.role, signedIn };
}

/** Ends one session (sign-out). */
export async function endStaffSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a staff member (disabled, 2FA reset); returns how many ended. */
export async function endAllStaffSessions(db: Kysely<Database>, staffId: string): Promise<number> {
  const result = await db
    .deleteFrom('staff_sessions')
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
