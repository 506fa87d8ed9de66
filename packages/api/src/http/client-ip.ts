import type { Context as HonoContext } from 'hono';

/** What @hono/node-server passes as bindings: the Node request with its socket. */
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address: the socket's peer, or — only when configured to trust a proxy — the
 * address the proxy appended last to X-Forwarded-For (earlier entries are client-controlled).
 */
export function clientIp(c: HonoContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  const bindings = c.env as NodeBindings | undefined;
  return bindings?.incoming?.socket?.remoteAddress ?? 'unknown';
}
