import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { StaffRole } from './staff-roles.js';

/** A member of staff work can be given to. */
export interface Colleague {
  id: string;
  displayName: string;
  role: StaffRole;
}

/** Staff who can sign in (invitation accepted, not disabled), by name: who work can go to. */
export async function listColleagues(db: Kysely<Database>): Promise<Colleague[]> {
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'display_name', 'role'])
    .where('disabled_at', 'is', null)
    .where('password_hash', 'is not', null)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, role: row.role }));
}

/** The display names of these staff ids (disabled members included: history keeps their name). */
export async function staffNames(
  db: Kysely<Database>,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  if (unique.length === 0) return names;
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'display_name'])
    .where('id', 'in', unique)
    .execute();
  for (const row of rows) names.set(row.id, row.display_name);
  return names;
}

/**
 * Checks that work may be given to `staffId`: someone who can sign in. Null (back to the
 * unassigned queue) always may.
 */
export async function requireAssignable(
  db: Kysely<Database>,
  staffId: string | null,
): Promise<void> {
  if (staffId === null) return;
  const row = await db
    .selectFrom('staff')
    .select('id')
    .where('id', '=', staffId)
    .where('disabled_at', 'is', null)
    .where('password_hash', 'is not', null)
    .executeTakeFirst();
  if (row === undefined) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Choose a colleague who can sign in.',
    });
  }
}

/** Adds the assignee's display name to each item of a staff list. */
export async function withAssigneeNames<T extends { assignedStaffId: string | null }>(
  db: Kysely<Database>,
  items: readonly T[],
): Promise<(T & { assignedStaffName: string | null })[]> {
  const names = await staffNames(
    db,
    items.map((item) => item.assignedStaffId),
  );
  return items.map((item) => ({
    ...item,
    assignedStaffName:
      item.assignedStaffId === null ? null : (names.get(item.assignedStaffId) ?? null),
  }));
}
