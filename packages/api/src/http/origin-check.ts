import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses any state-changing request whose Origin is not the web app's (OWASP CSRF defence in
 * depth behind SameSite cookies); a missing Origin is refused too, as browsers always send one.
 * `exemptPaths` (exact paths) are for server-to-server callers that authenticate otherwise, such
 * as a signed webhook; no cookie-authenticated route may be listed.
 */
export function refuseForeignOrigin(
  allowedOrigin: string,
  exemptPaths: readonly string[] = [],
): MiddlewareHandler {
  const exempt = new Set(exemptPaths);
  return async (c, next) => {
    if (
      !SAFE_METHODS.has(c.req.method) &&
      !exempt.has(c.req.path) &&
      c.req.header('origin') !== allowedOrigin
    ) {
      return c.json({ error: { message: 'This request did not come from our website.' } }, 403);
    }
    await next();
  };
}
