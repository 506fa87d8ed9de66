import type { Kysely } from 'kysely';
import type { StaffPresenceStatus } from '../../db/live-chat-tables.js';
import type { Database } from '../../db/schema.js';
import {
  STAFF_SESSION_IDLE_SECONDS,
  SESSION_ABSOLUTE_SECONDS,
} from '../sessions/session-policy.js';
import { instant, secondsAfter } from '../time/instant.js';

/** A member of staff taking chats now. */
export interface OnlineStaff {
  id: string;
  displayName: string;
}

/** Sets whether a member of staff takes chats, tied to the session they set it from. */
export async function setPresence(
  db: Kysely<Database>,
  input: { staffId: string; sessionId: string; status: StaffPresenceStatus },
  now: Date,
): Promise<void> {
  const row = {
    staff_id: input.staffId,
    status: input.status,
    staff_session_id: input.sessionId,
    updated_at: instant(now),
  };
  await db
    .insertInto('staff_presence')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('staff_id').doUpdateSet({
        status: row.status,
        staff_session_id: row.staff_session_id,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/**
 * Staff online for chat at `now`: set online from a session that is still signed in and inside its
 * idle and absolute timeouts, by an account that is not disabled. Signing out or idling out ends
 * the session, so nobody stays "online" after leaving. `staffId` narrows to one member.
 */
export async function onlineStaff(
  db: Kysely<Database>,
  now: Date,
  staffId?: string,
): Promise<OnlineStaff[]> {
  const idleSince = secondsAfter(now, -STAFF_SESSION_IDLE_SECONDS);
  const createdSince = secondsAfter(now, -SESSION_ABSOLUTE_SECONDS);
  let query = db
    .selectFrom('staff_presence as p')
    .innerJoin('staff_sessions as s', 's.id', 'p.staff_session_id')
    .innerJoin('staff', 'staff.id', 'p.staff_id')
    .select(['staff.id', 'staff.display_name'])
    .where('p.status', '=', 'online')
    .whereRef('s.staff_id', '=', 'p.staff_id')
    .where('s.second_factor_at', 'is not', null)
    .where('s.last_seen_at', '>', idleSince)
    .where('s.created_at', '>', createdSince)
    .where('staff.disabled_at', 'is', null);
  if (staffId !== undefined) query = query.where('staff.id', '=', staffId);
  const rows = await query.orderBy('staff.display_name').orderBy('staff.id').execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
}

/** This member's presence as the console shows it: online only while the rule above holds. */
export async function presenceOf(
  db: Kysely<Database>,
  staffId: string,
  now: Date,
): Promise<StaffPresenceStatus> {
  return (await onlineStaff(db, now, staffId)).length > 0 ? 'online' : 'away';
}
