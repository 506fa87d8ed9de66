import type { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import type { RequestIdVariables } from './request-id.js';

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
    deps.logger.error(
      {
        err: error.cause ?? error,
        path,
        requestId: (ctx as { req?: { requestId?: string } } | undefined)?.req?.requestId,
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
