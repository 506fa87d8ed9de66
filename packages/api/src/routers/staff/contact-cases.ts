import {
  assignContactCaseInput,
  contactCaseInput,
  contactCaseReplyInput,
  contactCasesInput,
} from '@marque/schemas';
import {
  assignContactCase,
  closeContactCase,
  contactCase,
  contactCases,
  replyToContactCase,
} from '../../services/contact/contact-cases.js';
import {
  requireAssignable,
  staffNames,
  withAssigneeNames,
} from '../../services/staff/colleagues.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');

/**
 * Contact-form messages for staff, worked like the secure inbox: queues, assign, reply (e-mailed to
 * the address the sender gave, which nobody has verified), close; each audited.
 */
export const contactCasesRouter = router({
  list: agentProcedure.input(contactCasesInput).query(async ({ ctx, input }) => {
    const cases = await contactCases(ctx.deps.db, {
      queue:
        input.queue === 'mine'
          ? { kind: 'assigned', staffId: ctx.staff.id }
          : { kind: input.queue },
      status: input.status,
    });
    return withAssigneeNames(ctx.deps.db, cases);
  }),

  get: agentProcedure.input(contactCaseInput).query(async ({ ctx, input }) => {
    const found = await contactCase(ctx.deps.db, input.caseId);
    const names = await staffNames(ctx.deps.db, [
      found.assignedStaffId,
      ...found.replies.map((reply) => reply.staffId),
    ]);
    return {
      ...found,
      assignedStaffName:
        found.assignedStaffId === null ? null : (names.get(found.assignedStaffId) ?? null),
      replies: found.replies.map((reply) => ({
        ...reply,
        staffName: names.get(reply.staffId) ?? 'Former member of staff',
      })),
    };
  }),

  assign: agentProcedure.input(assignContactCaseInput).mutation(async ({ ctx, input }) => {
    await requireAssignable(ctx.deps.db, input.assignTo);
    await assignContactCase(ctx.deps, {
      caseId: input.caseId,
      staffId: ctx.staff.id,
      assignTo: input.assignTo,
    });
  }),

  reply: agentProcedure
    .input(contactCaseReplyInput)
    .mutation(({ ctx, input }) =>
      replyToContactCase(ctx.deps, {
        caseId: input.caseId,
        staffId: ctx.staff.id,
        body: input.body,
      }),
    ),

  close: agentProcedure
    .input(contactCaseInput)
    .mutation(({ ctx, input }) =>
      closeContactCase(ctx.deps, { caseId: input.caseId, staffId: ctx.staff.id }),
    ),
});
