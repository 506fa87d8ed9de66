import { Alert, Card, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { InstantText } from '../features/audit/instant-text.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/**
 * One e-mail. Its plain-text part is shown (never its HTML, which would run in the console's
 * origin); links in it are text to copy, and opening this message is recorded in the audit log.
 */
export function Component() {
  const trpc = useTRPC();
  const { messageId = '' } = useParams();
  const message = useQuery({ ...trpc.mailbox.get.queryOptions({ id: messageId }), retry: false });
  return (
    <Page title={message.data?.subject ?? 'Message'}>
      <p>
        <Link to="/mailbox">Back to the mailbox</Link>
      </p>
      {message.isError ? (
        <Alert tone="error">{apiProblem(message.error).message}</Alert>
      ) : message.data === undefined ? (
        <Spinner label="Loading the message…" />
      ) : (
        <Card>
          <dl className="mail-headers">
            <dt>To</dt>
            <dd>{message.data.to}</dd>
            <dt>Sent</dt>
            <dd>
              <InstantText at={message.data.createdAt} />
            </dd>
            <dt>Status</dt>
            <dd>{message.data.status}</dd>
          </dl>
          <pre className="mail-body">{message.data.text}</pre>
        </Card>
      )}
    </Page>
  );
}
