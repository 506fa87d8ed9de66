import type { ErrorData, RouterInputs, RouterOutputs } from '@marque/api';

type Awaitable<T> = T | Promise<T>;

/** Answers for the procedures a test uses, e.g. `{ auth: { me: () => null } }`, typed like the API. */
export type FakeApi = {
  [Router in keyof RouterOutputs]?: {
    [Procedure in keyof RouterOutputs[Router]]?: (
      input: Router extends keyof RouterInputs
        ? Procedure extends keyof RouterInputs[Router]
          ? RouterInputs[Router][Procedure]
          : never
        : never,
    ) => Awaitable<RouterOutputs[Router][Procedure]>;
  };
};

const HTTP_STATUS: Readonly<Record<string, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** An error a fake procedure throws to answer as the API's error formatter would. */
export class FakeApiError extends Error {
  override readonly name = 'FakeApiError';
  constructor(
    readonly code: keyof typeof HTTP_STATUS,
    message: string,
    readonly extra: Omit<ErrorData, 'code' | 'httpStatus'> = {},
  ) {
    super(message);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 500;
  }

  /** The JSON-RPC error envelope the API sends. */
  toEnvelope() {
    return {
      error: {
        message: this.message,
        code: -32_000 - this.httpStatus,
        data: { code: this.code, httpStatus: this.httpStatus, ...this.extra },
      },
    };
  }
}

function inputsOf(url: URL, init: RequestInit | undefined, count: number): unknown[] {
  const raw = init?.method === 'POST' ? init.body : url.searchParams.get('input');
  const parsed: unknown = typeof raw === 'string' && raw !== '' ? JSON.parse(raw) : {};
  const byIndex = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  return Array.from({ length: count }, (_, index) => byIndex[String(index)]);
}

/**
 * A fetch that answers tRPC batch requests from `api`, in the API's wire format, so tests run the
 * real client link and error parsing. Calls are recorded as 'router.procedure' with their input.
 */
export function fakeApiFetch(api: FakeApi, calls: { path: string; input: unknown }[] = []) {
  const handlers = api as Record<string, Record<string, ((input: unknown) => unknown) | undefined>>;
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const paths = decodeURIComponent(url.pathname.replace(/^\/api\/trpc\//, '')).split(',');
    const inputs = inputsOf(url, init, paths.length);
    const answers = await Promise.all(
      paths.map(async (path, index) => {
        const input = inputs[index];
        calls.push({ path, input });
        const [router = '', procedure = ''] = path.split('.');
        const handler = handlers[router]?.[procedure];
        try {
          if (handler === undefined) {
            throw new FakeApiError('NOT_FOUND', `No fake answer for ${path}`);
          }
          return { result: { data: await handler(input) } };
        } catch (error) {
          if (error instanceof FakeApiError) return error.toEnvelope();
          throw error;
        }
      }),
    );
    return new Response(JSON.stringify(answers), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}
