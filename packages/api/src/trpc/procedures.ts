import { TRPCError } from '@trpc/server';
import { RECENT_AUTHENTICATION_SECONDS } from '../services/sessions/session-policy.js';
import { secondsAfter } from '../services/time/instant.js';
import { baseProcedure, ReauthenticationRequiredCause } from './init.js';

/** Anyone may call it: sign-in, registration, recovery. */
export const publicProcedure = baseProcedure;

/** A signed-in customer: `ctx.customerId` scopes every query, so authorisation is structural. */
export const customerProcedure = baseProcedure.use(({ ctx, next }) => {
  if (ctx.session === null) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  }
  return next({
    ctx: {
      session: ctx.session,
      customerId: ctx.session.customerId,
      accountId: ctx.session.accountId,
    },
  });
});

/** A customer who proved the password within the last 10 minutes (OWASP re-authentication). */
export const recentAuthProcedure = customerProcedure.use(({ ctx, next }) => {
  const validUntil = secondsAfter(
    new Date(ctx.session.authenticatedAt),
    RECENT_AUTHENTICATION_SECONDS,
  );
  if (ctx.deps.clock().toISOString() >= validUntil) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'For your security, please enter your password again to continue.',
      cause: new ReauthenticationRequiredCause(),
    });
  }
  return next();
});
