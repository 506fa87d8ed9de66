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
  { value: 'open', label: 'Open cases' },
  { value: 'closed', label: 'Closed cases' },
  { value: 'any', label: 'Every case' },
];

/** Messages from the public contact form, oldest first: first come, first served. */
export function Component() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const queue = queueOf(search);
  const [status, setStatus] = useState<Status>('open');
  const cases = useQuery(trpc.contactCases.list.queryOptions({ queue, status }));
  return (
    <Page title="Contact form">
      <p>
        Anyone can send the contact form, signed in or not: check who you are talking to before you
        discuss an agreement.
      </p>
      <QueueTabs current={queue} label="Contact form queues" />
      <StatusFilter value={status} options={STATUSES} onChange={setStatus} />
      <Card title={`${QUEUE_LABELS[queue]}, oldest first`}>
        {cases.isError ? (
          <Alert tone="error">{apiProblem(cases.error).message}</Alert>
        ) : cases.data === undefined ? (
          <Spinner label="Loading contact-form cases…" />
        ) : cases.data.length === 0 ? (
          <p>No contact-form cases here.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Contact-form cases">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">From</th>
                  <th scope="col">Received</th>
                  <th scope="col">Assigned to</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {cases.data.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/contact-cases/${item.id}`}>{item.reference}</Link>
                    </td>
                    <td>
                      {item.name}
                      <span className="member-contact">{item.email}</span>
                    </td>
                    <td className="nowrap">
                      <InstantText at={item.createdAt} />
                    </td>
                    <td>{item.assignedStaffName ?? <span className="muted">Nobody</span>}</td>
                    <td>{item.status === 'open' ? 'Open' : 'Closed'}</td>
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
