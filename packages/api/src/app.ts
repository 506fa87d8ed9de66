import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from './deps.js';
import { refuseForeignOrigin } from './http/origin-check.js';
import { requestId, type RequestIdVariables } from './http/request-id.js';
import { securityHeaders } from './http/security-headers.js';
import { appRouter } from './router.js';
import { createContext } from './trpc/context.js';
import { PAYMENTS_WEBHOOK_PATH, paymentsWebhook } from './webhooks/payments-webhook.js';

/** Requests larger than this are refused with 413 before anything parses them. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The Hono app: security headers, origin check and body limit in front of tRPC at /api/trpc. */
export function createApp(deps: AppDeps): Hono<{ Variables: RequestIdVariables }> {
  const app = new Hono<{ Variables: RequestIdVariables }>();

  app.use(requestId());
  app.use(securityHeaders({ frameSrc: [deps.config.paymentGateway.origin] }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // The payment webhook comes from the provider's server, with no Origin: its signature is its proof.
  app.use(refuseForeignOrigin(deps.config.publicOrigin, [PAYMENTS_WEBHOOK_PATH]));
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: { message: 'The request is too large.' } }, 413),
    }),
  );

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.post(PAYMENTS_WEBHOOK_PATH, paymentsWebhook(deps));
  app.use(
    '/api/trpc/*',
    trpcServer({
      endpoint: '/api/trpc',
      router: appRouter,
      createContext: (opts, c) => createContext(deps, opts, c),
      onError: ({ error, path, ctx }) => {
        if (error.code !== 'INTERNAL_SERVER_ERROR') return;
        deps.logger.error(
          {
            err: error.cause ?? error,
            path,
            requestId: (ctx as { req?: { requestId?: string } } | undefined)?.req?.requestId,
          },
          'unexpected error in a procedure',
        );
      },
    }),
  );

  app.notFound((c) => c.json({ error: { message: 'Not found.' } }, 404));
  app.onError((error, c) => {
    deps.logger.error({ err: error, requestId: c.get('requestId') }, 'unexpected error');
    return c.json(
      {
        error: {
          message: 'Something went wrong on our side. Please try again in a moment.',
          requestId: c.get('requestId'),
        },
      },
      500,
    );
  });
  return app;
}
