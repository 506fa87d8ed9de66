import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.js';

/** How many staff messages the customer has not opened; checked every minute while signed in. */
export function useUnreadCount(enabled: boolean): number {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.messages.unreadCount.queryOptions(),
    enabled,
    refetchInterval: 60_000,
  });
  return enabled ? (query.data?.unread ?? 0) : 0;
}
