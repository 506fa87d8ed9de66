import type { AppRouter } from '@marque/api';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** The typed hooks: `const trpc = useTRPC(); useQuery(trpc.agreements.list.queryOptions())`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Where the API answers: the same origin as the app, so the session cookie goes with every call. */
export const API_URL = '/api/trpc';

/**
 * The tRPC client. Queries and mutations go through httpBatchLink: a streaming link sends its
 * headers before the body, so the Set-Cookie of sign-in and sign-out would be lost. Subscriptions
 * (live chat) are Server-Sent Events on the same origin, so the session cookie goes with them and
 * the browser's EventSource reconnects with the last event id. Tests pass their own fetch.
 */
export function createApiClient(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)) {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (operation) => operation.type === 'subscription',
        true: httpSubscriptionLink({ url: API_URL }),
        false: httpBatchLink({
          url: API_URL,
          fetch: (input, init) => fetchImpl(input, { ...init, credentials: 'same-origin' }),
        }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
