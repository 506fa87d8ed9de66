import { replyInput, startThreadInput, threadInput } from '@marque/schemas';
import {
  customerThreads,
  customerUnreadCount,
  openCustomerThread,
  replyAsCustomer,
  startCustomerThread,
} from '../../services/messages/customer-threads.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** The signed-in customer's secure messages: every thread is scoped to `ctx.customerId`. */
export const messagesRouter = router({
  list: customerProcedure.query(({ ctx }) => customerThreads(ctx.deps.db, ctx.customerId)),

  get: customerProcedure
    .input(threadInput)
    .query(({ ctx, input }) =>
      openCustomerThread(ctx.deps.db, ctx.customerId, input.threadId, ctx.deps.clock()),
    ),

  unreadCount: customerProcedure.query(async ({ ctx }) => ({
    unread: await customerUnreadCount(ctx.deps.db, ctx.customerId),
  })),

  start: customerProcedure
    .input(startThreadInput)
    .mutation(({ ctx, input }) =>
      startCustomerThread(ctx.deps.db, ctx.customerId, input, ctx.deps.clock()),
    ),

  reply: customerProcedure
    .input(replyInput)
    .mutation(({ ctx, input }) =>
      replyAsCustomer(ctx.deps.db, ctx.customerId, input.threadId, input, ctx.deps.clock()),
    ),
});
