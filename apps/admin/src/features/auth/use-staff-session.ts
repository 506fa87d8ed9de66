import type { StaffRouterOutputs } from '@marque/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.js';

export type SignedInStaff = NonNullable<StaffRouterOutputs['staffAuth']['me']>;

export type StaffSession =
  | { status: 'loading' }
  | { status: 'unavailable'; retry: () => void }
  | { status: 'signed_out' }
  | { status: 'signed_in'; staff: SignedInStaff };

/** Who is signed in to the console, from staffAuth.me. */
export function useStaffSession(): StaffSession {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.staffAuth.me.queryOptions(), staleTime: 60_000 });
  if (query.data !== undefined) {
    return query.data === null
      ? { status: 'signed_out' }
      : { status: 'signed_in', staff: query.data };
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
