import type { AppDeps } from '../../deps.js';
import type { RequestInfo } from '../../http/request-info.js';
import type { StaffRole } from '../staff/staff-roles.js';
import { recordAudit, type AuditEvent } from './audit-log.js';

/** The staff member acting, as staffProcedure puts it in the context. */
export interface StaffActor {
  id: string;
  role: StaffRole;
}

/**
 * Records what a staff member did: the actor is always the signed-in member (and their role at the
 * time), never something a caller can pass, so every staff action is accountable to a person.
 */
export function auditStaffAction(
  ctx: { deps: Pick<AppDeps, 'db' | 'clock'>; req: RequestInfo; staff: StaffActor },
  event: Omit<AuditEvent, 'actorType' | 'actorId'>,
): Promise<void> {
  return recordAudit(ctx.deps.db, ctx.deps.clock(), ctx.req, {
    ...event,
    actorType: 'staff',
    actorId: ctx.staff.id,
    details: { ...event.details, actorRole: ctx.staff.role },
  });
}
