import { auditFilterInput, auditSearchInput } from '@marque/schemas';
import {
  auditEventTypes,
  auditLogPage,
  exportAuditCsv,
} from '../../services/audit/audit-log-view.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const supervisorProcedure = staffProcedure('supervisor');

/** The audit log viewer: supervisors and admins, who answer for what staff did. */
export const auditRouter = router({
  search: supervisorProcedure
    .input(auditSearchInput)
    .query(({ ctx, input }) => auditLogPage(ctx, input)),

  exportCsv: supervisorProcedure
    .input(auditFilterInput)
    .query(({ ctx, input }) => exportAuditCsv(ctx, input)),

  eventTypes: supervisorProcedure.query(() => auditEventTypes()),
});
