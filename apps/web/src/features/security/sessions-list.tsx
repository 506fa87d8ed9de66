import { Alert, Button, Card, Spinner, useLocale } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSignOut } from '../auth/use-sign-out.js';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { formatDateTime } from './date-time.js';
import './security.css';

/** Where the customer is signed in, this device marked; end one session or every other one. */
export function SessionsList() {
  const trpc = useTRPC();
  const locale = useLocale();
  const toProblem = useApiProblem();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.sessions.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sessions.list.queryKey() });
  const revoke = useMutation(trpc.sessions.revoke.mutationOptions({ onSettled: refresh }));
  const revokeOthers = useMutation(
    trpc.sessions.revokeOthers.mutationOptions({ onSettled: refresh }),
  );
  const signOut = useSignOut();
  const failure = revoke.error ?? revokeOthers.error;
  const others = sessions.data?.filter((session) => !session.current) ?? [];

  return (
    <Card title="Where you are signed in">
      {failure ? <Alert tone="error">{toProblem(failure).message}</Alert> : null}
      {revokeOthers.isSuccess ? (
        <Alert tone="success">
          {revokeOthers.data.revoked === 1
            ? 'We signed you out of 1 other device.'
            : `We signed you out of ${String(revokeOthers.data.revoked)} other devices.`}
        </Alert>
      ) : null}
      {sessions.isPending ? <Spinner label="Loading your devices" /> : null}
      {sessions.isError ? <Alert tone="error">{sessions.error.message}</Alert> : null}
      <ul className="sessions">
        {sessions.data?.map((session) => (
          <li key={session.id} className="sessions__item">
            <div>
              <p className="sessions__device">
                {session.device}
                {session.current ? <span className="tag">This device</span> : null}
              </p>
              <p className="sessions__meta">
                Signed in {formatDateTime(session.createdAt, locale)} · last active{' '}
                {formatDateTime(session.lastSeenAt, locale)}
                {session.ip === null ? null : <> · IP address {session.ip}</>}
              </p>
            </div>
            {session.current ? (
              <Button
                variant="secondary"
                busy={signOut.isPending}
                onClick={() => {
                  signOut.mutate();
                }}
              >
                Sign out
              </Button>
            ) : (
              <Button
                variant="secondary"
                busy={revoke.isPending && revoke.variables.sessionId === session.id}
                onClick={() => {
                  revoke.mutate({ sessionId: session.id });
                }}
              >
                Sign out<span className="mq-visually-hidden"> of {session.device}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <Button
          variant="secondary"
          busy={revokeOthers.isPending}
          onClick={() => {
            revokeOthers.mutate();
          }}
        >
          Sign out of all other devices
        </Button>
      ) : null}
    </Card>
  );
}
