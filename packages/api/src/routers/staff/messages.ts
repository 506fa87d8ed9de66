import { assignThreadInput, replyInput, staffThreadsInput, threadInput } from '@marque/schemas';
import {
  assignThread,
  closeThread,
  openStaffThread,
  replyAsStaff,
  staffThreads,
} from '../../services/messages/staff-threads.js';
import { requireAssignable, withAssigneeNames } from '../../services/staff/colleagues.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');

/**
 * Customers' secure messages for staff: the unassigned queue, the signed-in member's own, or all;
 * reading, assigning, replying (with the member's own uploads) and closing. Every action is audited
 * with the member's id; a reply tells the customer only that a message is waiting.
 */
export const staffMessagesRouter = router({
  threads: agentProcedure.input(staffThreadsInput).query(async ({ ctx, input }) => {
    const threads = await staffThreads(ctx.deps, {
      queue:
        input.queue === 'mine'
          ? { kind: 'assigned', staffId: ctx.staff.id }
          : { kind: input.queue },
      status: input.status,
    });
    return withAssigneeNames(ctx.deps.db, threads);
  }),

  thread: agentProcedure.input(threadInput).query(async ({ ctx, input }) => {
    const thread = await openStaffThread(ctx.deps, input.threadId);
    const [named] = await withAssigneeNames(ctx.deps.db, [thread]);
    return named ?? { ...thread, assignedStaffName: null };
  }),

  assign: agentProcedure.input(assignThreadInput).mutation(async ({ ctx, input }) => {
    await requireAssignable(ctx.deps.db, input.assignTo);
    await assignThread(ctx.deps, {
      threadId: input.threadId,
      staffId: ctx.staff.id,
      assignTo: input.assignTo,
    });
  }),

  reply: agentProcedure
    .input(replyInput)
    .mutation(({ ctx, input }) => replyAsStaff(ctx.deps, { ...input, staffId: ctx.staff.id })),

  close: agentProcedure
    .input(threadInput)
    .mutation(({ ctx, input }) =>
      closeThread(ctx.deps, { threadId: input.threadId, staffId: ctx.staff.id }),
    ),
});
