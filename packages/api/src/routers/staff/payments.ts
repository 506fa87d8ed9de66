import {
  assignStatementLineInput,
  dismissStatementLineInput,
  importBankStatementInput,
  paymentSearchInput,
  recordBankTransferInput,
  statementQueueInput,
} from '@marque/schemas';
import { recordBankTransferByStaff } from '../../services/staff-payments/bank-transfer-entry.js';
import { searchPayments } from '../../services/staff-payments/payment-search.js';
import { importBankStatement } from '../../services/staff-payments/statement-import.js';
import {
  assignStatementLine,
  dismissStatementLine,
  statementLines,
} from '../../services/staff-payments/statement-queue.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');

/** Money received: bank transfers entered by hand or imported from the statement, and search. */
export const paymentsRouter = router({
  recordBankTransfer: agentProcedure
    .input(recordBankTransferInput)
    .mutation(({ ctx, input }) => recordBankTransferByStaff(ctx, input)),

  importStatement: agentProcedure
    .input(importBankStatementInput)
    .mutation(({ ctx, input }) => importBankStatement(ctx, input)),

  statementLines: agentProcedure
    .input(statementQueueInput)
    .query(({ ctx, input }) => statementLines(ctx, input)),

  assignStatementLine: agentProcedure
    .input(assignStatementLineInput)
    .mutation(({ ctx, input }) => assignStatementLine(ctx, input)),

  dismissStatementLine: agentProcedure
    .input(dismissStatementLineInput)
    .mutation(({ ctx, input }) => dismissStatementLine(ctx, input)),

  search: agentProcedure
    .input(paymentSearchInput)
    .query(({ ctx, input }) => searchPayments(ctx, input)),
});
