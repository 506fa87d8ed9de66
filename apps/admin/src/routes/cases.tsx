import { Alert, Card, DateText, Money, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { InstantText } from '../features/audit/instant-text.js';
import { CASE_STATUS_LABELS, REASON_LABELS } from '../features/cases/case-text.js';
import { queueOf, QUEUE_LABELS } from '../features/inbox/inbox-queue.js';
import { QueueTabs } from '../features/inbox/queue-tabs.js';
import { StatusFilter } from '../features/inbox/status-filter.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

type Status = 'undecided' | 'open' | 'investigating' | 'resolved' | 'rejected' | 'any';
const STATUSES: readonly { value: Status; label: string }[] = [
  { value: 'undecided', label: 'Open or investigating' },
  { value: 'open', label: 'Open' },
  { value: 'investigating', label: 'Investigating' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'any', label: 'Every case' },
];

/** Problems customers reported on a transaction, oldest first. */
export function Component() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const queue = queueOf(search);
  const [status, setStatus] = useState<Status>('undecided');
  const cases = useQuery(trpc.transactionCases.list.queryOptions({ queue, status }));
  return (
    <Page title="Reported problems">
      <QueueTabs current={queue} label="Reported problem queues" />
      <StatusFilter value={status} options={STATUSES} onChange={setStatus} />
      <Card title={`${QUEUE_LABELS[queue]}, oldest first`}>
        {cases.isError ? (
          <Alert tone="error">{apiProblem(cases.error).message}</Alert>
        ) : cases.data === undefined ? (
          <Spinner label="Loading reported problems…" />
        ) : cases.data.length === 0 ? (
          <p>No reported problems here.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Reported problems">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Problem</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Transaction</th>
                  <th scope="col">Reported</th>
                  <th scope="col">Assigned to</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {cases.data.map((item) => (
                  <tr key={item.id}>
                    <td className="nowrap">
                      <Link to={`/cases/${item.id}`}>{item.reference}</Link>
                    </td>
                    <td>{REASON_LABELS[item.reason]}</td>
                    <td>
                      {item.customerName}
                      <span className="member-contact nowrap">{item.agreementNumber}</span>
                    </td>
                    <td>
                      {item.entry.description}
                      <span className="member-contact">
                        <DateText date={item.entry.date} format="short" />,{' '}
                        <Money amount={item.entry.amount} currency={item.entry.currency} />
                      </span>
                    </td>
                    <td>
                      <InstantText at={item.createdAt} />
                    </td>
                    <td>{item.assignedStaffName ?? <span className="muted">Nobody</span>}</td>
                    <td>{CASE_STATUS_LABELS[item.status]}</td>
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
