import { lockStatus } from '@marque/domain';
import type { Context } from '../../trpc/context.js';
import { auditRequest } from '../audit/index.js';
import { countLockoutFailure, type LockoutKey } from '../lockout/lockout-store.js';

/**
 * Counts a staff member's wrong password or code on their counter, under the customers' lockout
 * policy; the failure that starts a lock is audited. (Staff are not e-mailed: their admins see the
 * lock in the audit log, and an attacker must not learn a staff address works.)
 */
export async function countStaffFailure(
  ctx: Context,
  key: Extract<LockoutKey, { kind: 'staff' | 'staff_mfa' }>,
): Promise<void> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const { state, startedLock } = await countLockoutFailure(db, key, now, config.lockoutPolicy);
  const after = lockStatus(state, now, config.lockoutPolicy);
  if (!startedLock || !after.locked) return;
  await auditRequest(ctx, {
    event: 'staff.locked',
    actorType: 'system',
    details: {
      staffId: key.staffId,
      counter: key.kind,
      until: after.until === null ? null : after.until.toISOString(),
      permanent: after.until === null,
    },
  });
}
