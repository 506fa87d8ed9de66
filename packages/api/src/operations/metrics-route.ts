import { createHash, timingSafeEqual } from 'node:crypto';
import type { Env, Hono } from 'hono';
import { metricsRegistry } from './metrics.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * `GET /metrics` in Prometheus' text format, for a scraper holding METRICS_TOKEN as a bearer token.
 * Served on the staff app only: the customer origin never exposes it. Without a token configured
 * the route answers 404 as if it did not exist.
 */
export function addMetricsRoute<E extends Env>(app: Hono<E>, token: string | null): void {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  app.get('/metrics', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (expected === null) return c.json({ error: { message: 'Not found.' } }, 404);
    // Compared as digests: equal lengths, constant time, whatever the caller sent.
    if (!timingSafeEqual(digest(c.req.header('authorization') ?? ''), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return c.json({ error: { message: 'A metrics token is required.' } }, 401);
    }
    c.header('Content-Type', metricsRegistry.contentType);
    return c.body(await metricsRegistry.metrics(), 200);
  });
}
