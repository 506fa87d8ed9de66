import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiProblem, httpStatusOf } from './api-problem.js';

function apiError(data: unknown, message = 'Please check the highlighted details.') {
  return new TRPCClientError(message, { result: { error: { message, code: -32_600, data } } });
}

describe('reading a failed call', () => {
  it('keeps the API’s message, code and field errors', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      fieldErrors: { email: 'A staff member already has this e-mail address.' },
    });
    expect(apiProblem(error)).toEqual({
      code: 'BAD_REQUEST',
      message: 'Please check the highlighted details.',
      fieldErrors: { email: 'A staff member already has this e-mail address.' },
    });
    expect(httpStatusOf(error)).toBe(400);
  });

  it('says the server could not be reached when no answer came', () => {
    expect(apiProblem(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK' });
    expect(apiProblem(new TRPCClientError('fetch failed')).code).toBe('NETWORK');
    expect(httpStatusOf(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
