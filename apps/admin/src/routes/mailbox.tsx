import { Alert, Card, Spinner } from '@marque/ui';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { InstantText } from '../features/audit/instant-text.js';
import { MoreButton } from '../features/paging/more-button.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

const PAGE_SIZE = 50;

/** The outbox: every e-mail the system sent, newest first. */
export function Component() {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((before) =>
      trpc.mailbox.list.queryOptions(
        before === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, before },
      ),
    ),
  });
  const first = pages[0];
  const last = pages.at(-1);
  const messages = pages.flatMap((page) => page.data?.messages ?? []);

  return (
    <Page title="Mailbox">
      {first?.data?.delivery === 'smtp' ? (
        <Alert tone="info">
          A mail server is configured: these messages were also sent. This is the record of them.
        </Alert>
      ) : (
        <Alert tone="info">
          No mail server is configured: these messages were not sent anywhere and can only be read
          here.
        </Alert>
      )}
      <Card title="Messages, newest first">
        {first?.isError ? (
          <Alert tone="error">{apiProblem(first.error).message}</Alert>
        ) : first?.data === undefined ? (
          <Spinner label="Loading messages…" />
        ) : messages.length === 0 ? (
          <p>No e-mails yet.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Messages">
            <table className="data-table data-table--dense">
              <thead>
                <tr>
                  <th scope="col">Sent</th>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id}>
                    <td className="nowrap">
                      <InstantText at={message.createdAt} />
                    </td>
                    <td>{message.to}</td>
                    <td>
                      <Link to={`/mailbox/${message.id}`}>{message.subject}</Link>
                    </td>
                    <td>{message.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <MoreButton
          last={last}
          onMore={(cursor) => {
            setCursors([...cursors, cursor]);
          }}
        >
          Show older messages
        </MoreButton>
      </Card>
    </Page>
  );
}
