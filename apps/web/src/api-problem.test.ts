import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiProblem } from './api-problem.js';
import { FakeApiError } from './test/fake-api.js';

function clientError(error: FakeApiError) {
  return TRPCClientError.from(error.toEnvelope());
}

const NOW = new Date('2026-11-23T14:03:20');

describe('apiProblem', () => {
  it('keeps the API’s message and field errors', () => {
    const problem = apiProblem(
      clientError(
        new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
          fieldErrors: { username: 'This username is already taken. Please choose another.' },
        }),
      ),
      NOW,
      'en-GB',
    );
    expect(problem).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Please check the highlighted details.',
      fieldErrors: { username: 'This username is already taken. Please choose another.' },
      retryAt: null,
    });
  });

  it('turns a retry delay into the time to try again, rounded up to the minute', () => {
    const problem = apiProblem(
      clientError(new FakeApiError('TOO_MANY_REQUESTS', 'Slow down.', { retryAfterSeconds: 61 })),
      NOW,
      'en-GB',
    );
    expect(problem.message).toBe('Too many attempts — try again at 14:05.');
    expect(problem.retryAt?.getTime()).toBe(new Date('2026-11-23T14:05:00').getTime());
  });

  it('writes the time the US way in the US', () => {
    const problem = apiProblem(
      clientError(new FakeApiError('TOO_MANY_REQUESTS', 'Slow down.', { retryAfterSeconds: 30 })),
      NOW,
      'en-US',
    );
    expect(problem.message).toBe('Too many attempts — try again at 2:04 PM.');
  });

  it('notes when the API wants the password again', () => {
    const problem = apiProblem(
      clientError(
        new FakeApiError('FORBIDDEN', 'Please enter your password again.', {
          reauthenticationRequired: true,
        }),
      ),
      NOW,
      'en-GB',
    );
    expect(problem.reauthenticationRequired).toBe(true);
  });

  it('says the service could not be reached when there was no answer', () => {
    const problem = apiProblem(new TypeError('Failed to fetch'), NOW, 'en-GB');
    expect(problem.code).toBe('NETWORK');
    expect(problem.message).toMatch(/Check your internet connection/);
  });
});
