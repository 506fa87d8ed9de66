import type { FetchCreateContextFnOptions } from '@trpc/server/adapters/fetch';
import type { Context as HonoContext } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import type { RequestInfo } from '../http/request-info.js';
import { DEVICE_COOKIE } from '../services/devices/device-cookie.js';
import { SESSION_COOKIE } from '../services/sessions/session-policy.js';
import { findLiveSession } from '../services/sessions/session-store.js';
import type { LiveStaffSession } from '../services/staff/staff-session-store.js';

export interface SessionInfo {
  id: string;
  accountId: string;
  customerId: string;
  deviceId: string | null;
  /** When the password was last proved in this session. */
  authenticatedAt: string;
}

// A type alias (not an interface) so it satisfies @hono/trpc-server's Record<string, unknown>.
export type Context = {
  deps: AppDeps;
  req: RequestInfo;
  /** Headers added to the tRPC response: the only way cookies survive @hono/trpc-server. */
  resHeaders: Headers;
  /** A customer's session: only ever set on the customer endpoint. */
  session: SessionInfo | null;
  /** A staff member's session: only ever set on the staff endpoint (see staff-context.ts). */
  staffSession: LiveStaffSession | null;
};

/** Who is asking from where: the same on both endpoints. */
export function requestInfoOf(deps: AppDeps, c: HonoContext): RequestInfo {
  const requestId: unknown = c.get('requestId');
  return {
    requestId: typeof requestId === 'string' ? requestId : crypto.randomUUID(),
    ip: clientIp(c, deps.config.trustProxy),
    userAgent: c.req.header('user-agent')?.slice(0, 512) ?? null,
    origin: c.req.header('origin') ?? null,
    deviceCookie: getCookie(c, DEVICE_COOKIE) ?? null,
  };
}

/**
 * Builds the customer endpoint's context: who is asking, from where, with which customer session.
 * It never reads the staff cookie, so a staff session counts for nothing here.
 */
export async function createContext(
  deps: AppDeps,
  opts: FetchCreateContextFnOptions,
  c: HonoContext,
): Promise<Context> {
  const token = getCookie(c, SESSION_COOKIE);
  const row = token ? await findLiveSession(deps.db, token, deps.clock()) : null;
  return {
    deps,
    req: requestInfoOf(deps, c),
    resHeaders: opts.resHeaders,
    session: row && {
      id: row.id,
      accountId: row.account_id,
      customerId: row.customer_id,
      deviceId: row.device_id,
      authenticatedAt: row.authenticated_at,
    },
    staffSession: null,
  };
}

export type { RequestInfo };
