import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from 'pino';
import { metrics, type AppName } from '../operations/metrics.js';
import type { RequestIdVariables } from './request-id.js';

const TRPC_PREFIX = '/api/trpc/';
const CATCH_ALL = new Set(['*', '/*']);
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export interface RequestTelemetryOptions {
  app: AppName;
  logger: Logger;
  /** The router's procedure names: any other name a client sends is labelled as unknown. */
  procedures: ReadonlySet<string>;
}

/**
 * The route a request took as a template with no ids or input in it, so that metric labels stay
 * few and log lines carry no personal data (a tRPC query's input travels in the query string).
 */
export function routeTemplate(c: Context, procedures: ReadonlySet<string>): string {
  const path = c.req.path;
  if (path.startsWith(TRPC_PREFIX)) {
    const names = path.slice(TRPC_PREFIX.length).split(',');
    if (names.length > 1) return `${TRPC_PREFIX}(batch)`;
    const [name = ''] = names;
    return procedures.has(name) ? `${TRPC_PREFIX}${name}` : `${TRPC_PREFIX}(unknown)`;
  }
  // The first handler route matching the path answered it (middleware is registered for ALL
  // methods); the web app's catch-all comes last and only answers what no API route matched.
  const route = matchedRoutes(c).find(
    (candidate) => candidate.method !== 'ALL' && !CATCH_ALL.has(candidate.path),
  )?.path;
  if (route !== undefined) return route;
  if (c.res.status === 404) return '(not found)';
  return path.startsWith('/api/') ? '(no route)' : '(web app)';
}

/**
 * One structured log line per request (request id, method, route template, status, duration) and
 * the request counters and latency histogram. Never the URL, body, headers or client address.
 */
export function requestTelemetry(
  options: RequestTelemetryOptions,
): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const method = KNOWN_METHODS.has(c.req.method) ? c.req.method : 'OTHER';
    const route = routeTemplate(c, options.procedures);
    const status = c.res.status;
    metrics.httpRequest({ app: options.app, method, route, status }, seconds);
    options.logger.info(
      {
        requestId: c.get('requestId'),
        app: options.app,
        method,
        route,
        status,
        ms: Math.round(seconds * 10_000) / 10,
      },
      'request',
    );
  };
}

/** The procedure names of a tRPC router, for `procedures` above. */
export function procedureNames(router: { _def: { procedures: object } }): ReadonlySet<string> {
  return new Set(Object.keys(router._def.procedures));
}
