import { contactInput } from '@marque/schemas';
import { submitContact } from '../../services/contact/contact-cases.js';
import { enforceRateLimit } from '../../services/rate-limit/rate-limiter.js';
import { router } from '../../trpc/init.js';
import { publicProcedure } from '../../trpc/procedures.js';

/** The contact form: anyone, signed in or not, limited per address. */
export const contactRouter = router({
  submit: publicProcedure.input(contactInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(
      ctx.deps.db,
      ctx.resHeaders,
      `contact:${ctx.req.ip}`,
      ctx.deps.config.rateLimits.contactPerIp,
      ctx.deps.clock(),
    );
    return submitContact(ctx.deps, ctx.req, input);
  }),
});
