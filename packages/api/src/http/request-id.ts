import type { MiddlewareHandler } from 'hono';
import { withRequestId } from './request-context.js';

export interface RequestIdVariables {
  requestId: string;
}

/**
 * Gives every request a fresh id (never one the client sent, which could be forged into our logs),
 * available as c.get('requestId') and returned as X-Request-Id — set after the handler, so it also
 * reaches responses that tRPC builds itself.
 */
export function requestId(): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return async (c, next) => {
    const id = crypto.randomUUID();
    c.set('requestId', id);
    // Every log line written while this request is handled, by any service, carries its id.
    await withRequestId(id, next);
    c.header('X-Request-Id', id);
  };
}
