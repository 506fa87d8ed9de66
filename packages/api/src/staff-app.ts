import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import type { AppDeps } from './deps.js';
import { answerNotFoundAndErrors, logProcedureError } from './http/api-errors.js';
import { refuseForeignOrigin } from './http/origin-check.js';
import { requestBodyLimit } from './http/request-body-limit.js';
import { requestId, type RequestIdVariables } from './http/request-id.js';
import { procedureNames, requestTelemetry } from './http/request-telemetry.js';
import { securityHeaders } from './http/security-headers.js';
import { retryAfterOnUnavailable } from './http/service-unavailable.js';
import {
  ATTACHMENTS_PATH,
  downloadStaffAttachment,
  uploadBodyLimit,
  uploadStaffAttachment,
} from './message-attachments/attachment-routes.js';
import { addHealthRoutes } from './operations/health-routes.js';
import { addMetricsRoute } from './operations/metrics-route.js';
import { staffRouter } from './routers/staff/index.js';
import { createStaffContext } from './trpc/staff-context.js';

/**
 * The staff console's own Hono app, served on its own port: the staff tRPC endpoint at /api/trpc,
 * mutations only from STAFF_PUBLIC_URL's origin, the staff cookie only. No customer procedure
 * exists here, and no staff procedure on the customer app.
 */
export function createStaffApp(deps: AppDeps): Hono<{ Variables: RequestIdVariables }> {
  const app = new Hono<{ Variables: RequestIdVariables }>();

  app.use(requestId());
  app.use(
    requestTelemetry({
      app: 'staff',
      logger: deps.logger,
      procedures: procedureNames(staffRouter),
    }),
  );
  app.use(retryAfterOnUnavailable());
  app.use(securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(refuseForeignOrigin(deps.config.staffOrigin));
  // A reply's attachment may be up to 5 MB: that one route has its own limit instead.
  app.use(requestBodyLimit(ATTACHMENTS_PATH));

  app.get('/api/health', (c) => c.json({ ok: true }));
  addHealthRoutes(app, deps);
  // Metrics only here, behind a token: the customer origin is the public one.
  addMetricsRoute(app, deps.config.metricsToken);
  app.post(ATTACHMENTS_PATH, uploadBodyLimit(), uploadStaffAttachment(deps));
  app.get(`${ATTACHMENTS_PATH}/:id`, downloadStaffAttachment(deps));
  app.use(
    '/api/trpc/*',
    trpcServer({
      endpoint: '/api/trpc',
      router: staffRouter,
      createContext: (opts, c) => createStaffContext(deps, opts, c),
      onError: logProcedureError(deps),
    }),
  );

  answerNotFoundAndErrors(app, deps);
  return app;
}
