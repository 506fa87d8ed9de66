import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc.js';
import { signInNotice } from './sign-in-notice.js';

/**
 * Signs out and forgets every answer the API gave, so nothing of the account stays in memory for
 * the next person at this browser; then shows the sign-in page with a confirmation.
 */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        await navigate('/sign-in', { replace: true, state: signInNotice('signed_out') });
      },
    }),
  );
}
