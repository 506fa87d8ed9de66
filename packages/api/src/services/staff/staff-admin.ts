import { lockStatus, UNLOCKED } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { loadLockout, saveLockout, type LockoutKey } from '../lockout/lockout-store.js';
import { instant } from '../time/instant.js';
import type { StaffRole } from './staff-roles.js';
import { endAllStaffSessions } from './staff-session-store.js';
import { findStaffById } from './staff-store.js';
import { clearStaffTotp } from './staff-totp.js';

type AdminContext = Context & { staff: StaffActor };

export type StaffStatus = 'invited' | 'active' | 'disabled';

export interface StaffSummary {
  id: string;
  username: string;
  displayName: string;
  email: string;
  role: StaffRole;
  status: StaffStatus;
  /** False for an invited member, and after a 2FA reset until they enrol again. */
  twoFactorEnrolled: boolean;
  /** Sign-in paused by too many wrong passwords or codes (an admin may unlock it). */
  locked: boolean;
  createdAt: string;
}

/** Every staff member, by display name, with what an admin needs to manage them. */
export async function listStaff(ctx: AdminContext): Promise<StaffSummary[]> {
  const rows = await ctx.deps.db
    .selectFrom('staff')
    .selectAll()
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  const now = ctx.deps.clock();
  const locked = await Promise.all(
    rows.map(async (row) => {
      for (const key of counterKeys(row.id)) {
        const state = await loadLockout(ctx.deps.db, key);
        if (lockStatus(state, now, ctx.deps.config.lockoutPolicy).locked) return true;
      }
      return false;
    }),
  );
  return rows.map((row, index) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    status:
      row.disabled_at !== null ? 'disabled' : row.password_hash === null ? 'invited' : 'active',
    twoFactorEnrolled: row.totp_confirmed_at !== null,
    locked: locked[index] ?? false,
    createdAt: row.created_at,
  }));
}

/** A member's two lockout counters: wrong passwords and wrong codes. */
function counterKeys(staffId: string): LockoutKey[] {
  return [
    { kind: 'staff', staffId },
    { kind: 'staff_mfa', staffId },
  ];
}

/**
 * The member an admin acts on. Another id is NOT_FOUND; the admin's own account is refused, so
 * the last admin cannot demote or disable themselves and leave no one to manage staff.
 */
async function targetOf(ctx: AdminContext, staffId: string) {
  if (staffId === ctx.staff.id) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'You cannot change your own account. Ask another administrator.',
    });
  }
  const target = await findStaffById(ctx.deps.db, staffId);
  if (target === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that staff member.' });
  }
  return target;
}

/** Changes a member's role; it applies to their next request (roles are read on every request). */
export async function changeStaffRole(
  ctx: AdminContext,
  input: { staffId: string; role: StaffRole },
): Promise<{ role: StaffRole }> {
  const target = await targetOf(ctx, input.staffId);
  if (target.role === input.role) return { role: input.role };
  await ctx.deps.db
    .updateTable('staff')
    .set({ role: input.role })
    .where('id', '=', target.id)
    .execute();
  await auditStaffAction(ctx, {
    event: 'staff.role_changed',
    details: { staffId: target.id, from: target.role, to: input.role },
  });
  return { role: input.role };
}

/** Disables a member: they cannot sign in, and every session they have ends now. */
export async function disableStaff(
  ctx: AdminContext,
  input: { staffId: string },
): Promise<{ sessionsEnded: number }> {
  const target = await targetOf(ctx, input.staffId);
  if (target.disabled_at !== null) return { sessionsEnded: 0 };
  const { db, clock } = ctx.deps;
  const sessionsEnded = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff')
      .set({ disabled_at: instant(clock()) })
      .where('id', '=', target.id)
      .execute();
    return endAllStaffSessions(trx, target.id);
  });
  await auditStaffAction(ctx, {
    event: 'staff.disabled',
    details: { staffId: target.id, sessionsEnded },
  });
  return { sessionsEnded };
}

/**
 * Resets a member's two-step verification (a lost phone): the authenticator is forgotten, their
 * sessions end and their code lockout clears; their next sign-in enrols a new authenticator.
 */
export async function resetStaffTwoFactor(
  ctx: AdminContext,
  input: { staffId: string },
): Promise<{ sessionsEnded: number }> {
  const target = await targetOf(ctx, input.staffId);
  const { db, clock } = ctx.deps;
  const sessionsEnded = await db.transaction().execute(async (trx) => {
    await clearStaffTotp(trx, target.id);
    await saveLockout(trx, { kind: 'staff_mfa', staffId: target.id }, UNLOCKED, clock());
    return endAllStaffSessions(trx, target.id);
  });
  await auditStaffAction(ctx, {
    event: 'staff.two_factor_reset',
    details: { staffId: target.id, sessionsEnded },
  });
  return { sessionsEnded };
}

/**
 * Unpauses a member's sign-in after too many wrong passwords or codes: staff have no self-service
 * password reset, so without this a permanent lock could never be lifted.
 */
export async function unlockStaff(
  ctx: AdminContext,
  input: { staffId: string },
): Promise<{ status: 'unlocked' }> {
  const target = await targetOf(ctx, input.staffId);
  const { db, clock } = ctx.deps;
  await db.transaction().execute(async (trx) => {
    for (const key of counterKeys(target.id)) await saveLockout(trx, key, UNLOCKED, clock());
  });
  await auditStaffAction(ctx, { event: 'staff.unlocked', details: { staffId: target.id } });
  return { status: 'unlocked' };
}
