import { reportTransactionInput, transactionEntryInput } from '@marque/schemas';
import {
  customerTransactionCases,
  entryNotFound,
  reportTransaction,
} from '../../services/transaction-cases/customer-cases.js';
import { reportedEntry } from '../../services/transaction-cases/reported-entry.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** "Report a problem" on the signed-in customer's own ledger entries and payments, and its cases. */
export const transactionCasesRouter = router({
  /** The entry the report form shows; another customer's answers like one that does not exist. */
  entry: customerProcedure.input(transactionEntryInput).query(async ({ ctx, input }) => {
    const entry = await reportedEntry(ctx.deps.db, ctx.customerId, input);
    if (entry === undefined) throw entryNotFound();
    return entry;
  }),

  report: customerProcedure
    .input(reportTransactionInput)
    .mutation(({ ctx, input }) => reportTransaction(ctx.deps, ctx.req, ctx.customerId, input)),

  list: customerProcedure.query(({ ctx }) =>
    customerTransactionCases(ctx.deps.db, ctx.customerId),
  ),
});
