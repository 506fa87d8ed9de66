import type { StaffRouter } from '@marque/api';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** The typed hooks: `const trpc = useTRPC(); useQuery(trpc.staffAdmin.list.queryOptions())`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<StaffRouter>();

/** The staff API answers on the console's own origin, so its cookie goes with every call. */
export const API_URL = '/api/trpc';

/**
 * The tRPC client. Queries and mutations go through httpBatchLink: a streaming link sends its
 * headers before the body, so the Set-Cookie of sign-in and sign-out would be lost. Subscriptions
 * (live chat) are Server-Sent Events on the console's origin, with its cookie.
 */
export function createApiClient(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)) {
  return createTRPCClient<StaffRouter>({
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
