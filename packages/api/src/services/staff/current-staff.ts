import type { Context } from '../../trpc/context.js';
import type { StaffRole } from './staff-roles.js';
import { findStaffById } from './staff-store.js';

export interface CurrentStaff {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
}

/** The signed-in staff member, or null (no session, or a sign-in still at its second step). */
export async function currentStaff(ctx: Context): Promise<CurrentStaff | null> {
  const session = ctx.staffSession;
  if (session === null || !session.signedIn) return null;
  const staff = await findStaffById(ctx.deps.db, session.staffId);
  if (staff === undefined) return null;
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.display_name,
    role: staff.role,
  };
}
