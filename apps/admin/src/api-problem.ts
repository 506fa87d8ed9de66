import type { ErrorData } from '@marque/api';
import { TRPCClientError } from '@trpc/client';

/** What went wrong with a call, as the console shows it. */
export interface ApiProblem {
  /** The tRPC error code ('FORBIDDEN', 'BAD_REQUEST', …), or 'NETWORK' when no answer came. */
  code: string;
  message: string;
  /** Messages for individual fields, keyed by the input's field path. */
  fieldErrors: Readonly<Record<string, string>>;
}

function errorData(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'code' in data
    ? (data as ErrorData)
    : undefined;
}

/** The HTTP status of a failed call, when the API answered. */
export function httpStatusOf(error: unknown): number | undefined {
  return errorData(error)?.httpStatus;
}

/** Reads a failed call: the API's own message and field errors, or a network problem. */
export function apiProblem(error: unknown): ApiProblem {
  const data = errorData(error);
  if (data === undefined || !(error instanceof TRPCClientError)) {
    return {
      code: 'NETWORK',
      message: 'The console could not reach the server. Check your connection and try again.',
      fieldErrors: {},
    };
  }
  return { code: data.code, message: error.message, fieldErrors: data.fieldErrors ?? {} };
}
