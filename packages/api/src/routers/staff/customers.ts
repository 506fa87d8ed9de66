import {
  customerActionInput,
  customerAuditInput,
  customerInput,
  customerSearchInput,
  customerTransactionsInput,
  identityVerificationInput,
  staffContactChangeInput,
  unlockCustomerInput,
} from '@marque/schemas';
import { TRPCError } from '@trpc/server';
import { auditLogPage } from '../../services/audit/audit-log-view.js';
import {
  customerFinancials,
  customerTransactions,
} from '../../services/staff-help/customer-financials.js';
import { customerOrNotFound } from '../../services/staff-help/customer-record.js';
import {
  InvalidSearchCursorError,
  searchCustomers,
} from '../../services/staff-help/customer-search.js';
import { customerView } from '../../services/staff-help/customer-view.js';
import { verifyCaller } from '../../services/staff-help/identity-verification.js';
import {
  changeCustomerContact,
  endCustomerSessions,
  resetCustomerTwoFactor,
  sendCustomerPasswordReset,
  unlockCustomer,
} from '../../services/staff-help/support-actions.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');
const supervisorProcedure = staffProcedure('supervisor');

/**
 * Helping a customer: search, the customer view, the identity check done while the customer is on
 * the phone, and the sensitive actions it allows. Every action needs the acting member's passed
 * check of that customer in the last 15 minutes and a reason; unlocking and resetting two-step
 * verification are for supervisors, the rest for any agent.
 */
export const customersRouter = router({
  search: agentProcedure.input(customerSearchInput).query(async ({ ctx, input }) => {
    try {
      return await searchCustomers(ctx.deps.db, input);
    } catch (error) {
      if (error instanceof InvalidSearchCursorError) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'This list has changed; please search again.',
          cause: error,
        });
      }
      throw error;
    }
  }),

  get: agentProcedure
    .input(customerInput)
    .query(({ ctx, input }) => customerView(ctx, input.customerId)),

  financials: agentProcedure
    .input(customerInput)
    .query(({ ctx, input }) => customerFinancials(ctx, input.customerId)),

  transactions: agentProcedure
    .input(customerTransactionsInput)
    .query(({ ctx, input }) => customerTransactions(ctx, input)),

  auditTrail: agentProcedure.input(customerAuditInput).query(async ({ ctx, input }) => {
    const customer = await customerOrNotFound(ctx.deps.db, input.customerId);
    return auditLogPage(ctx, {
      filter: { customerId: customer.id },
      page: { before: input.before, limit: input.limit },
    });
  }),

  verify: agentProcedure
    .input(identityVerificationInput)
    .mutation(({ ctx, input }) => verifyCaller(ctx, input)),

  unlock: supervisorProcedure
    .input(unlockCustomerInput)
    .mutation(({ ctx, input }) => unlockCustomer(ctx, input)),

  resetTwoFactor: supervisorProcedure
    .input(customerActionInput)
    .mutation(({ ctx, input }) => resetCustomerTwoFactor(ctx, input)),

  sendPasswordReset: agentProcedure
    .input(customerActionInput)
    .mutation(({ ctx, input }) => sendCustomerPasswordReset(ctx, input)),

  endSessions: agentProcedure
    .input(customerActionInput)
    .mutation(({ ctx, input }) => endCustomerSessions(ctx, input)),

  changeContact: agentProcedure
    .input(staffContactChangeInput)
    .mutation(({ ctx, input }) => changeCustomerContact(ctx, input)),
});
