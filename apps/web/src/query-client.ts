import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

/** tRPC's query keys start with the procedure path; the session check is ['auth', 'me']. */
const SESSION_KEY = [['auth', 'me']];

function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('httpStatus' in data)) return undefined;
  return typeof data.httpStatus === 'number' ? data.httpStatus : undefined;
}

/** Retries only what may succeed on a second try: no answer at all, or a server error. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  return failureCount < 2 && (status === undefined || status >= 500);
}

/**
 * The query cache. When any call answers 401 the session has ended (idle timeout, signed out
 * elsewhere), so the session check runs again and the signed-in pages send the customer to sign in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        onApiError(error, query.queryKey);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        onApiError(error, undefined);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  function onApiError(error: unknown, queryKey: readonly unknown[] | undefined): void {
    const isSessionQuery = JSON.stringify(queryKey?.[0]) === JSON.stringify(SESSION_KEY[0]);
    if (httpStatusOf(error) === 401 && !isSessionQuery) {
      void client.invalidateQueries({ queryKey: SESSION_KEY });
    }
  }
  return client;
}
