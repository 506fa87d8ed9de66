import { Alert, Button } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';

/**
 * Online or away for chat. Online lasts only while this sign-in does: signing out or 15 minutes
 * idle makes the member away without a click.
 */
export function PresenceSwitch() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const presence = useQuery(trpc.chat.presence.queryOptions());
  const set = useMutation(
    trpc.chat.setPresence.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.chat.pathKey() }),
    }),
  );
  const online = presence.data?.status === 'online';
  return (
    <div className="chat-presence">
      <p className="chat-presence__state" role="status">
        You are <strong>{online ? 'online' : 'away'}</strong> for live chat.
      </p>
      <Button
        variant={online ? 'secondary' : 'primary'}
        busy={set.isPending}
        onClick={() => {
          set.mutate({ status: online ? 'away' : 'online' });
        }}
      >
        {online ? 'Go away' : 'Go online'}
      </Button>
      {set.isError ? <Alert tone="error">{apiProblem(set.error).message}</Alert> : null}
    </div>
  );
}
