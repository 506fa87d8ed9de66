import { initTRPC, TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from '../http/service-unavailable.js';
import type { Context } from './context.js';
import { FieldErrorsCause, fieldErrorsOfValidation, type FieldErrors } from './field-errors.js';
import { RateLimitedCause } from './rate-limited-error.js';

/** Marks a FORBIDDEN that the customer can clear by entering the password again. */
export class ReauthenticationRequiredCause extends Error {
  override readonly name = 'ReauthenticationRequiredCause';
  constructor() {
    super('re-authentication required');
  }
}

export interface ErrorData {
  code: string;
  httpStatus: number;
  path?: string;
  requestId?: string;
  fieldErrors?: FieldErrors;
  retryAfterSeconds?: number;
  reauthenticationRequired?: true;
}

const GENERIC_MESSAGES: Partial<Record<string, string>> = {
  PARSE_ERROR: 'The request could not be read.',
  METHOD_NOT_SUPPORTED: 'This request is not supported.',
  NOT_FOUND: 'We could not find what you asked for.',
  PAYLOAD_TOO_LARGE: 'The request is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'The request could not be read.',
};

const t = initTRPC.context<Context>().create({
  isDev: false,
  // Subscriptions (live chat) ping every 5 s; a client that hears nothing for 12 s takes the
  // connection for dead (a phone changing network leaves it half-open) and reconnects with the last
  // event id, so nothing is lost.
  sse: {
    ping: { enabled: true, intervalMs: 5000 },
    client: { reconnectAfterInactivityMs: 12_000 },
  },
  errorFormatter({ shape, error, ctx }) {
    const data: ErrorData = {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      ...(shape.data.path === undefined ? {} : { path: shape.data.path }),
    };
    let message = shape.message;
    const cause = error.cause;
    if (error.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(cause)) {
      // The database is briefly out of reach: a 503 the client may retry, not a fault of ours.
      message = SERVICE_UNAVAILABLE_MESSAGE;
      data.code = 'SERVICE_UNAVAILABLE';
      data.httpStatus = 503;
      data.retryAfterSeconds = RETRY_AFTER_SECONDS;
    } else if (error.code === 'INTERNAL_SERVER_ERROR') {
      // Never a stack, SQL or library text: the request id lets support find the logged detail.
      const reference = ctx?.req.requestId;
      message = `Something went wrong on our side. Please try again in a moment.${reference ? ` (Reference: ${reference})` : ''}`;
      if (reference) data.requestId = reference;
    } else if (cause instanceof FieldErrorsCause) {
      data.fieldErrors = cause.fieldErrors;
    } else if (cause instanceof RateLimitedCause) {
      data.retryAfterSeconds = cause.retryAfterSeconds;
    } else if (cause instanceof ReauthenticationRequiredCause) {
      data.reauthenticationRequired = true;
    } else if (cause instanceof SyntaxError) {
      message = 'The request could not be read.';
    } else if (error.code === 'BAD_REQUEST') {
      const fieldErrors = fieldErrorsOfValidation(cause);
      if (fieldErrors) {
        data.fieldErrors = fieldErrors;
        message = 'Please check the highlighted details.';
      }
    } else {
      message = GENERIC_MESSAGES[error.code] ?? message;
    }
    return { message, code: shape.code, data };
  },
});

/** True when any string in a JSON-like value holds a NUL character. */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(
      ([key, entry]) => key.includes('\u0000') || containsNul(entry),
    );
  }
  return false;
}

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const middleware = t.middleware;

/**
 * Every procedure starts here. No text we accept may hold a NUL character: PostgreSQL cannot store
 * one and C-string code truncates at it, so it is refused once, for every input, as bad input.
 */
export const baseProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  // An unreadable body is left to the procedure: one that takes no input never reads it.
  const raw = await getRawInput().catch(() => undefined);
  if (containsNul(raw)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'The request contains a character we cannot accept.',
    });
  }
  return next();
});
export const createCallerFactory = t.createCallerFactory;
