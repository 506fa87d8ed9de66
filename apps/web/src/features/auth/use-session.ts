import type { RouterOutputs } from '@marque/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.js';

/** The signed-in customer as auth.me describes them. */
export type SignedInCustomer = NonNullable<RouterOutputs['auth']['me']>;

export type Session =
  | { status: 'loading' }
  | { status: 'unavailable'; retry: () => void }
  | { status: 'signed_out' }
  | { status: 'signed_in'; customer: SignedInCustomer };

/** Who is signed in, from auth.me; every page that needs a customer reads it through here. */
export function useSession(): Session {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  if (query.data !== undefined) {
    return query.data === null
      ? { status: 'signed_out' }
      : { status: 'signed_in', customer: query.data };
  }
  if (query.isError) {
    return {
      status: 'unavailable',
      retry: () => {
        void query.refetch();
      },
    };
  }
  return { status: 'loading' };
}
