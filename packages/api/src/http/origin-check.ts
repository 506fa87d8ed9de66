import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses any state-changing request whose Origin is not the web app's (OWASP CSRF defence in
 * depth behind SameSite cookies); a missing Origin is refused too, as browsers always send one.
 */
export function refuseForeignOrigin(allowedOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('origin') !== allowedOrigin) {
      return c.json({ error: { message: 'This request did not come from our website.' } }, 403);
    }
    await next();
  };
}
