import {
  assignTransactionCaseInput,
  transactionCaseInput,
  transactionCasesInput,
  updateTransactionCaseInput,
} from '@marque/schemas';
import {
  assignTransactionCase,
  staffTransactionCase,
  staffTransactionCases,
  updateTransactionCase,
} from '../../services/transaction-cases/staff-cases.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');

/** Problems customers reported on a ledger entry or payment: queues, assign, investigate, decide. */
export const transactionCasesRouter = router({
  list: agentProcedure
    .input(transactionCasesInput)
    .query(({ ctx, input }) => staffTransactionCases(ctx, input)),

  get: agentProcedure
    .input(transactionCaseInput)
    .query(({ ctx, input }) => staffTransactionCase(ctx, input.caseId)),

  assign: agentProcedure
    .input(assignTransactionCaseInput)
    .mutation(({ ctx, input }) => assignTransactionCase(ctx, input)),

  update: agentProcedure
    .input(updateTransactionCaseInput)
    .mutation(({ ctx, input }) => updateTransactionCase(ctx, input)),
});
