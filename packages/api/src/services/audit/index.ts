export {
  AUDIT_EVENT_DESCRIPTIONS,
  describeAuditEvent,
  type AuditEventName,
} from './audit-events.js';
export { recordAudit, type AuditDetails, type AuditEvent } from './audit-log.js';
export { auditRequest } from './request-audit.js';
