import type { AppRouter, ErrorData } from '@marque/api';
import { TRPCClientError } from '@trpc/client';

/** What went wrong with a call, in the words the customer should read. */
export interface ApiProblem {
  /** The tRPC error code ('UNAUTHORIZED', 'TOO_MANY_REQUESTS', …), or 'NETWORK' when no answer came. */
  code: string;
  message: string;
  /** Messages for individual fields, keyed by the input's field path. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Set on TOO_MANY_REQUESTS: when the customer may try again. */
  retryAt: Date | null;
  /** The API wants the password again before this action (a recent sign-in is required). */
  reauthenticationRequired: boolean;
}

const NETWORK_MESSAGE =
  'We could not reach our service. Check your internet connection and try again.';

function errorData(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data = (error as TRPCClientError<AppRouter>).data;
  return data ?? undefined;
}

/** The time of day in the market's locale, e.g. '14:05' in the UK or '2:05 PM' in the US. */
export function timeOfDay(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(instant);
}

/**
 * Reads any error from a tRPC call into what the page shows: the API's own customer-readable
 * message, its field errors, and for rate limiting the time the customer may try again.
 */
export function apiProblem(error: unknown, now: Date, locale: string): ApiProblem {
  const data = errorData(error);
  if (data === undefined || !(error instanceof TRPCClientError)) {
    return {
      code: 'NETWORK',
      message: NETWORK_MESSAGE,
      fieldErrors: {},
      retryAt: null,
      reauthenticationRequired: false,
    };
  }
  // Rounded up to the next minute: a time already reached would invite an attempt that fails again.
  const retryAt =
    data.retryAfterSeconds === undefined
      ? null
      : new Date(
          Math.ceil((now.getTime() + Math.max(1, data.retryAfterSeconds) * 1000) / 60_000) * 60_000,
        );
  return {
    code: data.code,
    message:
      retryAt === null
        ? error.message
        : `Too many attempts — try again at ${timeOfDay(retryAt, locale)}.`,
    fieldErrors: data.fieldErrors ?? {},
    retryAt,
    reauthenticationRequired: data.reauthenticationRequired === true,
  };
}
