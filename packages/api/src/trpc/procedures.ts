import { TRPCError } from '@trpc/server';
import { RECENT_AUTHENTICATION_SECONDS } from '../services/sessions/session-policy.js';
import { hasRole, type StaffRole } from '../services/staff/staff-roles.js';
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

/**
 * A signed-in staff member holding at least `minRole` (agent < supervisor < admin): `ctx.staff`
 * names who acts, for scoping and for the audit log. The role is read from the database on every
 * request, so a change of role or a disabled account takes effect at once.
 */
export function staffProcedure(minRole: StaffRole) {
  return baseProcedure.use(({ ctx, next }) => {
    const session = ctx.staffSession;
    if (session === null || !session.signedIn) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
    }
    if (!hasRole(session.role, minRole)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Your role does not allow this. Ask an administrator if you need it.',
      });
    }
    return next({
      ctx: { staff: { id: session.staffId, role: session.role, sessionId: session.id } },
    });
  });
}

/** A staff sign-in between the password and the second factor (verify or enrol the authenticator). */
export const staffSignInStepProcedure = baseProcedure.use(({ ctx, next }) => {
  const session = ctx.staffSession;
  if (session === null || session.signedIn) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'This sign-in has expired. Please sign in again.',
    });
  }
  return next({ ctx: { signInStep: { id: session.id, staffId: session.staffId } } });
});
