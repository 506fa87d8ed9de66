import type { Hono } from 'hono';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import type { AppDeps } from '../deps.js';
import type { RequestIdVariables } from './request-id.js';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from './service-unavailable.js';

/** Logs a procedure's unexpected error with its request id; expected errors (bad input, …) are not logged. */
export function logProcedureError(deps: Pick<AppDeps, 'logger'>) {
  return ({
    error,
    path,
    ctx,
  }: {
    error: { code: string; cause?: unknown };
    path?: string;
    ctx?: unknown;
  }) => {
    if (error.code !== 'INTERNAL_SERVER_ERROR') return;
    if (isDatabaseUnavailable(error.cause)) {
      logDatabaseUnavailable(deps, error.cause, requestIdOf(ctx));
      return;
    }
    deps.logger.error(
      {
        err: error.cause ?? error,
        path,
        requestId: requestIdOf(ctx),
      },
      'unexpected error in a procedure',
    );
  };
}

/** JSON answers for unknown paths and unexpected errors: never a stack trace, always the request id. */
export function answerNotFoundAndErrors(
  app: Hono<{ Variables: RequestIdVariables }>,
  deps: Pick<AppDeps, 'logger'>,
): void {
  app.notFound((c) => c.json({ error: { message: 'Not found.' } }, 404));
  app.onError((error, c) => {
    if (isDatabaseUnavailable(error)) {
      logDatabaseUnavailable(deps, error, c.get('requestId'));
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json(
        { error: { message: SERVICE_UNAVAILABLE_MESSAGE, requestId: c.get('requestId') } },
        503,
      );
    }
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
}

function requestIdOf(ctx: unknown): string | undefined {
  return (ctx as { req?: { requestId?: string } } | undefined)?.req?.requestId;
}

/** A warning, not an error: the outage is logged once per request and the request answered 503. */
function logDatabaseUnavailable(
  deps: Pick<AppDeps, 'logger'>,
  error: unknown,
  requestId: string | undefined,
): void {
  deps.logger.warn(
    { requestId, reason: error instanceof Error ? error.message : String(error) },
    'database unavailable: answered 503',
  );
}
