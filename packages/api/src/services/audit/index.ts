export {
  AUDIT_EVENT_DESCRIPTIONS,
  describeAuditEvent,
  type AuditEventName,
} from './audit-events.js';
export { recordAudit, type AuditDetails, type AuditEvent } from './audit-log.js';
export { auditRequest } from './request-audit.js';
export { STAFF_AUDIT_EVENT_DESCRIPTIONS, type StaffAuditEventName } from './staff-audit-events.js';
export { auditStaffAction, type StaffActor } from './staff-audit.js';
