import { brandOf } from '../../brand/configured-brand.js';
import { router } from '../../trpc/init.js';
import { publicProcedure } from '../../trpc/procedures.js';

/** `brand.get`: the brand the web apps load at start (public: the sign-in page shows it). */
export const brandRouter = router({
  get: publicProcedure.query(({ ctx }) => brandOf(ctx.deps.config)),
  /** Where the provider's hosted card fields live: the web frames them (PCI SAQ-A) and trusts their messages. */
  cardFields: publicProcedure.query(({ ctx }) => ({
    url: `${ctx.deps.config.paymentGateway.url}/hosted-fields`,
    origin: ctx.deps.config.paymentGateway.origin,
  })),
});
