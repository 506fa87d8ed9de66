import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { StaffRole, StaffRow } from '../../db/staff-tables.js';
import { normaliseEmail, normaliseUsername } from '../accounts/username.js';
import { instant } from '../time/instant.js';

export interface NewStaff {
  username: string;
  displayName: string;
  email: string;
  role: StaffRole;
  /** Null for an invited member, who chooses a password from the invitation. */
  passwordHash: string | null;
  createdBy: string | null;
}

/** Stores a staff member; throws on a username or e-mail already taken (unique indexes). */
export async function insertStaff(
  db: Kysely<Database>,
  staff: NewStaff,
  now: Date,
): Promise<StaffRow> {
  const row: StaffRow = {
    id: crypto.randomUUID(),
    username: staff.username.trim(),
    username_normalised: normaliseUsername(staff.username),
    display_name: staff.displayName.trim(),
    email: normaliseEmail(staff.email),
    role: staff.role,
    password_hash: staff.passwordHash,
    password_changed_at: staff.passwordHash === null ? null : instant(now),
    totp_secret_encrypted: null,
    totp_confirmed_at: null,
    totp_last_time_step: null,
    disabled_at: null,
    created_by: staff.createdBy,
    created_at: instant(now),
  };
  await db.insertInto('staff').values(row).execute();
  return row;
}

export function findStaffByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('username_normalised', '=', normaliseUsername(username))
    .executeTakeFirst();
}

export function findStaffById(db: Kysely<Database>, id: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether a username or an e-mail address is already used by a staff member. */
export async function staffIdentityTaken(
  db: Kysely<Database>,
  username: string,
  email: string,
): Promise<{ username: boolean; email: boolean }> {
  const rows = await db
    .selectFrom('staff')
    .select(['username_normalised', 'email'])
    .where((eb) =>
      eb.or([
        eb('username_normalised', '=', normaliseUsername(username)),
        eb('email', '=', normaliseEmail(email)),
      ]),
    )
    .execute();
  return {
    username: rows.some((row) => row.username_normalised === normaliseUsername(username)),
    email: rows.some((row) => row.email === normaliseEmail(email)),
  };
}

export async function setStaffPasswordHash(
  db: Kysely<Database>,
  staffId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('staff')
    .set({ password_hash: passwordHash, password_changed_at: instant(now) })
    .where('id', '=', staffId)
    .execute();
}
