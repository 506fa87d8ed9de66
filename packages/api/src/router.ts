import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { customerRouter } from './routers/customer/index.js';
import { healthRouter } from './routers/health.js';
import { brandRouter } from './routers/public/brand.js';
import { contactRouter } from './routers/public/contact.js';
import { mergeRouters, router } from './trpc/init.js';

/** The whole API: `health.*`, `brand.get`, and the customer procedures at the top level (`auth.login`, …). */
export const appRouter = mergeRouters(
  router({ health: healthRouter, brand: brandRouter, contact: contactRouter }),
  customerRouter,
);

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
