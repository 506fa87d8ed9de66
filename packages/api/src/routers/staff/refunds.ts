import {
  decideRefundInput,
  refundInput,
  refundListInput,
  requestRefundInput,
} from '@marque/schemas';
import { refundViews } from '../../services/staff-payments/refund-view.js';
import { decideRefund, requestRefund, retryRefund } from '../../services/staff-payments/refunds.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

// Supervisors and admins only: a refund sends the lender's money out.
const supervisorProcedure = staffProcedure('supervisor');

/** Refunds with four eyes above REFUND_APPROVAL_ABOVE: ask, decide (another supervisor), retry. */
export const refundsRouter = router({
  list: supervisorProcedure
    .input(refundListInput)
    .query(({ ctx, input }) => refundViews(ctx.deps.db, input)),

  request: supervisorProcedure
    .input(requestRefundInput)
    .mutation(({ ctx, input }) => requestRefund(ctx, input)),

  decide: supervisorProcedure
    .input(decideRefundInput)
    .mutation(({ ctx, input }) => decideRefund(ctx, input)),

  retry: supervisorProcedure
    .input(refundInput)
    .mutation(({ ctx, input }) => retryRefund(ctx, input)),

  /** The four-eyes limit, so the console can say before asking whether a second supervisor is needed. */
  approvalLimit: supervisorProcedure.query(({ ctx }) => ({
    above: ctx.deps.config.refundApprovalAbove,
    currency: ctx.deps.config.market === 'US' ? ('USD' as const) : ('GBP' as const),
  })),
});
