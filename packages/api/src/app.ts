import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import type { AppDeps } from './deps.js';
import { DOCUMENT_DOWNLOAD_PATH, documentDownload } from './downloads/document-download.js';
import { answerNotFoundAndErrors, logProcedureError } from './http/api-errors.js';
import { refuseForeignOrigin } from './http/origin-check.js';
import { requestBodyLimit } from './http/request-body-limit.js';
import { requestId, type RequestIdVariables } from './http/request-id.js';
import { procedureNames, requestTelemetry } from './http/request-telemetry.js';
import { securityHeaders } from './http/security-headers.js';
import { retryAfterOnUnavailable } from './http/service-unavailable.js';
import {
  ATTACHMENTS_PATH,
  downloadAttachment,
  uploadAttachment,
  uploadBodyLimit,
} from './message-attachments/attachment-routes.js';
import { addHealthRoutes } from './operations/health-routes.js';
import { appRouter } from './router.js';
import { createContext } from './trpc/context.js';
import { PAYMENTS_WEBHOOK_PATH, paymentsWebhook } from './webhooks/payments-webhook.js';

export { MAX_BODY_BYTES } from './http/request-body-limit.js';

/** The Hono app: security headers, origin check and body limit in front of tRPC at /api/trpc. */
export function createApp(deps: AppDeps): Hono<{ Variables: RequestIdVariables }> {
  const app = new Hono<{ Variables: RequestIdVariables }>();

  app.use(requestId());
  app.use(
    requestTelemetry({
      app: 'customer',
      logger: deps.logger,
      procedures: procedureNames(appRouter),
    }),
  );
  app.use(retryAfterOnUnavailable());
  app.use(securityHeaders({ frameSrc: [deps.config.paymentGateway.origin] }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // The payment webhook comes from the provider's server, with no Origin: its signature is its proof.
  app.use(refuseForeignOrigin(deps.config.publicOrigin, [PAYMENTS_WEBHOOK_PATH]));
  // A message attachment may be up to 5 MB: that one route has its own limit instead.
  app.use(requestBodyLimit(ATTACHMENTS_PATH));

  app.get('/api/health', (c) => c.json({ ok: true }));
  addHealthRoutes(app, deps);
  app.post(PAYMENTS_WEBHOOK_PATH, paymentsWebhook(deps));
  app.get(DOCUMENT_DOWNLOAD_PATH, documentDownload(deps));
  app.post(ATTACHMENTS_PATH, uploadBodyLimit(), uploadAttachment(deps));
  app.get(`${ATTACHMENTS_PATH}/:id`, downloadAttachment(deps));
  app.use(
    '/api/trpc/*',
    trpcServer({
      endpoint: '/api/trpc',
      router: appRouter,
      createContext: (opts, c) => createContext(deps, opts, c),
      onError: logProcedureError(deps),
    }),
  );

  answerNotFoundAndErrors(app, deps);
  return app;
}
