import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc.js';

/** Signs out and forgets every answer held in memory, so nothing stays for the next person. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.staffAuth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        queryClient.setQueryData(trpc.staffAuth.me.queryKey(), null);
        await navigate('/sign-in', { replace: true, state: { signedOut: true } });
      },
    }),
  );
}
