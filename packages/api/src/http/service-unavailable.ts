import type { MiddlewareHandler } from 'hono';

/** What a client is told to wait before retrying while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is temporarily unavailable. Please try again in a few moments.';

/**
 * Every 503 carries Retry-After, whoever built it (tRPC builds its own responses), so browsers,
 * load balancers and scripts back off instead of hammering a database that is coming back.
 */
export function retryAfterOnUnavailable(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 503 && !c.res.headers.has('Retry-After')) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    }
  };
}
