import type { Env, Hono } from 'hono';
import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import { readiness } from '../db/readiness.js';
import type { Database } from '../db/schema.js';
import { RETRY_AFTER_SECONDS } from '../http/service-unavailable.js';

/**
 * Probes for a load balancer or orchestrator, on both apps: `/healthz` says the process answers
 * (it touches nothing, so a database outage never gets healthy instances restarted), `/readyz`
 * says it can serve (database reachable, migrations current). Neither says more than that.
 */
export function addHealthRoutes<E extends Env>(
  app: Hono<E>,
  deps: { db: Kysely<Database>; logger: Logger },
): void {
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const result = await readiness(deps.db);
    if (result.ready) return c.json({ status: 'ready' });
    deps.logger.warn({ err: result.error, reason: result.reason }, 'not ready');
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json({ status: 'not ready', reason: result.reason }, 503);
  });
}
