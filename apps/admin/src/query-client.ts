import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { httpStatusOf } from './api-problem.js';

/** tRPC's query keys start with the procedure path; the session check is ['staffAuth', 'me']. */
const SESSION_PATH = JSON.stringify(['staffAuth', 'me']);

/**
 * The query cache. Only a missing answer or a server error is retried. Any 401 means the staff
 * session has ended (15 minutes idle, disabled, 2FA reset), so the session check runs again and
 * the console returns to sign-in.
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
      queries: {
        retry: (failureCount, error) => {
          const status = httpStatusOf(error);
          return failureCount < 2 && (status === undefined || status >= 500);
        },
        staleTime: 15_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  function onApiError(error: unknown, queryKey: readonly unknown[] | undefined): void {
    if (httpStatusOf(error) === 401 && JSON.stringify(queryKey?.[0]) !== SESSION_PATH) {
      void client.invalidateQueries({ queryKey: [['staffAuth', 'me']] });
    }
  }
  return client;
}
