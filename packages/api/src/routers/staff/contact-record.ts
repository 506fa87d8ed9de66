import { customerRecordInput, logContactInput } from '@marque/schemas';
import { logContact } from '../../services/contact-record/contact-log.js';
import { contactTimeline } from '../../services/contact-record/contact-timeline.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

const agentProcedure = staffProcedure('agent');

/** One customer's contact with us in one place, and the calls and letters staff log on it. */
export const contactRecordRouter = router({
  timeline: agentProcedure
    .input(customerRecordInput)
    .query(({ ctx, input }) => contactTimeline(ctx.deps.db, input.customerId)),

  log: agentProcedure.input(logContactInput).mutation(({ ctx, input }) => logContact(ctx, input)),
});
