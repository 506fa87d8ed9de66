import { Alert, Card, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { InstantText } from '../features/audit/instant-text.js';
import { queueOf, QUEUE_LABELS } from '../features/inbox/inbox-queue.js';
import { QueueTabs } from '../features/inbox/queue-tabs.js';
import { StatusFilter } from '../features/inbox/status-filter.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

type Status = 'open' | 'closed' | 'any';
const STATUSES: readonly { value: Status; label: string }[] = [
  { value: 'open', label: 'Open conversations' },
  { value: 'closed', label: 'Closed conversations' },
  { value: 'any', label: 'Every conversation' },
];

/** Customers' secure messages: the unassigned queue, the member's own, or all. */
export function Component() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const queue = queueOf(search);
  const [status, setStatus] = useState<Status>('open');
  const threads = useQuery(trpc.messages.threads.queryOptions({ queue, status }));
  return (
    <Page title="Messages">
      <QueueTabs current={queue} label="Message queues" />
      <StatusFilter value={status} options={STATUSES} onChange={setStatus} />
      <Card title={`${QUEUE_LABELS[queue]}, newest first`}>
        {threads.isError ? (
          <Alert tone="error">{apiProblem(threads.error).message}</Alert>
        ) : threads.data === undefined ? (
          <Spinner label="Loading conversations…" />
        ) : threads.data.length === 0 ? (
          <p>No conversations here.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Conversations">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Last message</th>
                  <th scope="col">Assigned to</th>
                  <th scope="col">Unread</th>
                </tr>
              </thead>
              <tbody>
                {threads.data.map((thread) => (
                  <tr key={thread.id}>
                    <td>
                      <Link to={`/messages/${thread.id}`}>{thread.subject}</Link>
                      {thread.status === 'closed' ? <span className="muted"> (closed)</span> : null}
                    </td>
                    <td>{thread.customerName}</td>
                    <td className="nowrap">
                      <InstantText at={thread.lastMessageAt} />
                    </td>
                    <td>{thread.assignedStaffName ?? <span className="muted">Nobody</span>}</td>
                    <td>
                      {thread.unreadCount === 0 ? (
                        <span className="muted">None</span>
                      ) : (
                        <span className="unread-count">{thread.unreadCount}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </Page>
  );
}
