import { Alert, Button, Card, Spinner, Stack } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { PresenceSwitch } from '../features/chat/presence-switch.js';
import { formatWait } from '../features/chat/wait-time.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** The live-chat desk: presence, the waiting queue with wait times, and chats being answered. */
export function Component() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const queue = useQuery(trpc.chat.queue.queryOptions());
  // Every change to the queue (a chat asked for, taken, ended) reads it again at once.
  useSubscription(
    trpc.chat.queueUpdates.subscriptionOptions(undefined, {
      onData: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.chat.queue.queryKey() });
      },
    }),
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const accept = useMutation(trpc.chat.accept.mutationOptions());
  const waiting = queue.data?.chats.filter((chat) => chat.status === 'waiting') ?? [];
  const active = queue.data?.chats.filter((chat) => chat.status === 'active') ?? [];
  const fetchedAt = queue.dataUpdatedAt;

  return (
    <Page title="Live chat">
      <PresenceSwitch />
      {accept.isError ? <Alert tone="error">{apiProblem(accept.error).message}</Alert> : null}
      {queue.isError ? <Alert tone="error">{apiProblem(queue.error).message}</Alert> : null}
      {queue.data === undefined ? <Spinner label="Loading the queue…" /> : null}
      <Stack>
        <Card title={`Waiting (${String(waiting.length)})`}>
          {waiting.length === 0 ? (
            <p>Nobody is waiting.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Waiting chats">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Customer</th>
                    <th scope="col">Waiting for</th>
                    <th scope="col">
                      <span className="mq-visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {waiting.map((chat) => (
                    <tr key={chat.threadId}>
                      <td>{chat.customerName}</td>
                      <td className="nowrap">
                        {formatWait(chat.waitSeconds + (now - fetchedAt) / 1000)}
                      </td>
                      <td>
                        <Button
                          busy={accept.isPending && accept.variables.threadId === chat.threadId}
                          onClick={() => {
                            accept.mutate(
                              { threadId: chat.threadId },
                              {
                                onSuccess: () => {
                                  void navigate(`/chats/${chat.threadId}`);
                                },
                                onSettled: () => {
                                  void queryClient.invalidateQueries({
                                    queryKey: trpc.chat.queue.queryKey(),
                                  });
                                },
                              },
                            );
                          }}
                        >
                          Accept
                          <span className="mq-visually-hidden"> chat with {chat.customerName}</span>
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title={`Being answered (${String(active.length)})`}>
          {active.length === 0 ? (
            <p>No chats under way.</p>
          ) : (
            <ul>
              {active.map((chat) => (
                <li key={chat.threadId}>
                  <Link to={`/chats/${chat.threadId}`}>{chat.customerName}</Link>
                  <span className="muted"> — {chat.staffName ?? 'nobody'}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </Stack>
    </Page>
  );
}
