import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { STAFF_SESSION_IDLE_SECONDS } from '../sessions/session-policy.js';
import { isSessionAlive } from '../sessions/session-store.js';

/**
 * Whether the session a chat stream was opened under still lives (not signed out, ended or idled
 * out), read without touching it: a window left open must not keep a session alive by itself.
 */
export async function customerSessionStillLive(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined && isSessionAlive(row, now);
}

export async function staffSessionStillLive(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .select(['staff_sessions.created_at', 'staff_sessions.last_seen_at'])
    .where('staff_sessions.id', '=', sessionId)
    .where('staff.disabled_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined && isSessionAlive(row, now, STAFF_SESSION_IDLE_SECONDS);
}
