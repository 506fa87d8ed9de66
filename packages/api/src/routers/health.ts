import { router } from '../trpc/init.js';
import { publicProcedure } from '../trpc/procedures.js';

/** A procedure that touches nothing: the baseline the benchmarks compare real procedures against. */
export const healthRouter = router({
  ping: publicProcedure.query(() => ({ ok: true as const })),
});
