import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from '../../trpc/init.js';
import { brandRouter } from '../public/brand.js';
import { auditRouter } from './audit.js';
import { staffChatRouter } from './chat.js';
import { customersRouter } from './customers.js';
import { colleaguesRouter } from './colleagues.js';
import { contactCasesRouter } from './contact-cases.js';
import { contactRecordRouter } from './contact-record.js';
import { mailboxRouter } from './mailbox.js';
import { onboardingRouter } from './onboarding.js';
import { paymentsRouter } from './payments.js';
import { refundsRouter } from './refunds.js';
import { runsRouter } from './runs.js';
import { staffMessagesRouter } from './messages.js';
import { staffAdminRouter } from './staff-admin.js';
import { staffAuthRouter } from './staff-auth.js';
import { staffInvitationRouter } from './staff-invitation.js';
import { transactionCasesRouter } from './transaction-cases.js';

/**
 * Everything the staff console calls, served only by the staff app (its own port, origin and
 * cookie). Every procedure is public (sign-in) or a staffProcedure(role); rbac-matrix.test.ts
 * lists who may call each one and fails for a procedure it does not list.
 */
export const staffRouter = router({
  // The console wears the brand too (name, colours, locale); card fields are the customers' only.
  brand: router({ get: brandRouter.get }),
  staffAuth: staffAuthRouter,
  staffInvitation: staffInvitationRouter,
  staffAdmin: staffAdminRouter,
  audit: auditRouter,
  customers: customersRouter,
  mailbox: mailboxRouter,
  colleagues: colleaguesRouter,
  messages: staffMessagesRouter,
  contactCases: contactCasesRouter,
  transactionCases: transactionCasesRouter,
  contactRecord: contactRecordRouter,
  payments: paymentsRouter,
  refunds: refundsRouter,
  onboarding: onboardingRouter,
  runs: runsRouter,
  chat: staffChatRouter,
});

export type StaffRouter = typeof staffRouter;
export type StaffRouterInputs = inferRouterInputs<StaffRouter>;
export type StaffRouterOutputs = inferRouterOutputs<StaffRouter>;
