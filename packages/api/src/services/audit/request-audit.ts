import type { AppDeps } from '../../deps.js';
import type { RequestInfo } from '../../http/request-info.js';
import { recordAudit, type AuditEvent } from './audit-log.js';

/** Records an event with the current request's address and browser, at the injected clock's now. */
export function auditRequest(
  ctx: { deps: Pick<AppDeps, 'db' | 'clock'>; req: RequestInfo },
  event: AuditEvent,
): Promise<void> {
  return recordAudit(ctx.deps.db, ctx.deps.clock(), ctx.req, event);
}
