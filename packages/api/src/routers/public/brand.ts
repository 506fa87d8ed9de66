import { resolveBrand, type Brand } from '../../brand/brand.js';
import type { Config } from '../../config.js';
import { router } from '../../trpc/init.js';
import { publicProcedure } from '../../trpc/procedures.js';

const brands = new WeakMap<Config, Brand>();

/** The brand of this deployment, worked out once per configuration. */
function brandOf(config: Config): Brand {
  let brand = brands.get(config);
  if (brand === undefined) {
    brand = resolveBrand({ name: config.brandName, market: config.market });
    brands.set(config, brand);
  }
  return brand;
}

/** `brand.get`: the brand the web apps load at start (public: the sign-in page shows it). */
export const brandRouter = router({
  get: publicProcedure.query(({ ctx }) => brandOf(ctx.deps.config)),
  /** Where the provider's hosted card fields live: the web frames them (PCI SAQ-A) and trusts their messages. */
  cardFields: publicProcedure.query(({ ctx }) => ({
    url: `${ctx.deps.config.paymentGateway.url}/hosted-fields`,
    origin: ctx.deps.config.paymentGateway.origin,
  })),
});
