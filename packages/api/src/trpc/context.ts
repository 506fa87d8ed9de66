import type { FetchCreateContextFnOptions } from '@trpc/server/adapters/fetch';
import type { Context as HonoContext } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import type { RequestInfo } from '../http/request-info.js';
import { DEVICE_COOKIE } from '../services/devices/device-cookie.js';
import { SESSION_COOKIE } from '../services/sessions/session-policy.js';
import { findLiveSession } from '../services/sessions/session-store.js';

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
  session: SessionInfo | null;
};

/** Builds the tRPC context for one request: who is asking, from where, with which session. */
export async function createContext(
  deps: AppDeps,
  opts: FetchCreateContextFnOptions,
  c: HonoContext,
): Promise<Context> {
  const token = getCookie(c, SESSION_COOKIE);
  const row = token ? await findLiveSession(deps.db, token, deps.clock()) : null;
  const requestId: unknown = c.get('requestId');
  return {
    deps,
    req: {
      requestId: typeof requestId === 'string' ? requestId : crypto.randomUUID(),
      ip: clientIp(c, deps.config.trustProxy),
      userAgent: c.req.header('user-agent')?.slice(0, 512) ?? null,
      origin: c.req.header('origin') ?? null,
      deviceCookie: getCookie(c, DEVICE_COOKIE) ?? null,
    },
    resHeaders: opts.resHeaders,
    session: row && {
      id: row.id,
      accountId: row.account_id,
      customerId: row.customer_id,
      deviceId: row.device_id,
      authenticatedAt: row.authenticated_at,
    },
  };
}

export type { RequestInfo };
