import type { ErrorData } from '@marque/api';

/** An answer for one procedure: its data, or an error as the API's formatter would send it. */
export type FakeAnswer = (input: unknown) => unknown;

/** The error a fake procedure throws, answered in the API's wire format. */
export class FakeApiError extends Error {
  override readonly name = 'FakeApiError';
  constructor(
    readonly code: 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND',
    message: string,
    readonly extra: Omit<ErrorData, 'code' | 'httpStatus'> = {},
  ) {
    super(message);
  }

  envelope() {
    const httpStatus = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 }[
      this.code
    ];
    return {
      error: {
        message: this.message,
        code: -32_000 - httpStatus,
        data: { code: this.code, httpStatus, ...this.extra },
      },
    };
  }
}

/**
 * A fetch answering the console's tRPC batch calls from `answers` (keyed 'router.procedure'), so
 * tests run the real client link; every call is recorded with its input.
 */
export function fakeStaffFetch(
  answers: Record<string, FakeAnswer>,
  calls: { path: string; input: unknown }[],
) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const paths = decodeURIComponent(url.pathname.replace(/^\/api\/trpc\//, '')).split(',');
    const raw = init?.method === 'POST' ? init.body : url.searchParams.get('input');
    const inputs = (typeof raw === 'string' && raw !== '' ? JSON.parse(raw) : {}) as Record<
      string,
      unknown
    >;
    const results = await Promise.all(
      paths.map(async (path, index) => {
        const callInput = inputs[String(index)];
        calls.push({ path, input: callInput });
        const answer = answers[path];
        try {
          if (answer === undefined)
            throw new FakeApiError('NOT_FOUND', `No fake answer for ${path}`);
          return { result: { data: await answer(callInput) } };
        } catch (error) {
          if (error instanceof FakeApiError) return error.envelope();
          throw error;
        }
      }),
    );
    return new Response(JSON.stringify(results), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}
