import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Requests larger than this are refused with 413 before anything parses them. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Refuses a body over MAX_BODY_BYTES with 413 before anything parses it, on every route but POSTs
 * to `ownLimitPath` (the message attachment upload, up to 5 MB), which apply their own limit.
 */
export function requestBodyLimit(ownLimitPath: string): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: { message: 'The request is too large.' } }, 413),
  });
  return (c, next) =>
    c.req.method === 'POST' && c.req.path === ownLimitPath ? next() : limit(c, next);
}
