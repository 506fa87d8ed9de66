import type { Kysely } from 'kysely';
import type { AuditActorType } from '../../db/account-security-tables.js';
import type { Database } from '../../db/schema.js';
import type { RequestInfo } from '../../http/request-info.js';
import { metrics } from '../../operations/metrics.js';
import { instant } from '../time/instant.js';
import type { AuditEventName } from './audit-events.js';

export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEvent {
  event: AuditEventName;
  actorType: AuditActorType;
  actorId?: string | null;
  customerId?: string | null;
  accountId?: string | null;
  details?: AuditDetails;
}

/**
 * Appends one event to the audit trail (who, about whom, what, from where, when). There is no
 * update or delete anywhere for this table: corrections are new events.
 */
export async function recordAudit(
  db: Kysely<Database>,
  at: Date,
  request: Pick<RequestInfo, 'ip' | 'userAgent'> | null,
  event: AuditEvent,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: crypto.randomUUID(),
      at: instant(at),
      actor_type: event.actorType,
      actor_id: event.actorId ?? null,
      customer_id: event.customerId ?? null,
      account_id: event.accountId ?? null,
      event: event.event,
      ip: request?.ip ?? null,
      user_agent: request?.userAgent ?? null,
      details: event.details === undefined ? null : JSON.stringify(event.details),
    })
    .execute();
  metrics.auditEvent(event.event);
}
