import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from '../../trpc/init.js';
import { auditRouter } from './audit.js';
import { mailboxRouter } from './mailbox.js';
import { staffAdminRouter } from './staff-admin.js';
import { staffAuthRouter } from './staff-auth.js';
import { staffInvitationRouter } from './staff-invitation.js';

/**
 * Everything the staff console calls, served only by the staff app (its own port, origin and
 * cookie). Every procedure is public (sign-in) or a staffProcedure(role); rbac-matrix.test.ts
 * lists who may call each one and fails for a procedure it does not list.
 */
export const staffRouter = router({
  staffAuth: staffAuthRouter,
  staffInvitation: staffInvitationRouter,
  staffAdmin: staffAdminRouter,
  audit: auditRouter,
  mailbox: mailboxRouter,
});

export type StaffRouter = typeof staffRouter;
export type StaffRouterInputs = inferRouterInputs<StaffRouter>;
export type StaffRouterOutputs = inferRouterOutputs<StaffRouter>;
