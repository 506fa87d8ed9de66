import type { FetchCreateContextFnOptions } from '@trpc/server/adapters/fetch';
import type { Context as HonoContext } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.js';
import { STAFF_SESSION_COOKIE } from '../services/sessions/session-policy.js';
import { findLiveStaffSession } from '../services/staff/staff-session-store.js';
import { requestInfoOf, type Context } from './context.js';

/**
 * Builds the staff endpoint's context. It reads only the staff cookie: a customer's session
 * cookie, even when the browser sends it (cookies are per host, not per port), counts for nothing.
 */
export async function createStaffContext(
  deps: AppDeps,
  opts: FetchCreateContextFnOptions,
  c: HonoContext,
): Promise<Context> {
  const token = getCookie(c, STAFF_SESSION_COOKIE);
  return {
    deps,
    req: requestInfoOf(deps, c),
    resHeaders: opts.resHeaders,
    session: null,
    staffSession: token ? await findLiveStaffSession(deps.db, token, deps.clock()) : null,
  };
}
