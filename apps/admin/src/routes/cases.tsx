import { DateText, Money } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { InstantText } from '../features/audit/instant-text.js';
import { CASE_STATUS_LABELS, REASON_LABELS } from '../features/cases/case-text.js';
import { QueueList } from '../features/inbox/queue-list.js';
import { useQueueFilter } from '../features/inbox/use-queue-filter.js';
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
  const filter = useQueueFilter<Status>('undecided');
  const cases = useQuery(
    trpc.transactionCases.list.queryOptions({ queue: filter.queue, status: filter.status }),
  );
  return (
    <Page title="Reported problems">
      <QueueList
        filter={filter}
        tabsLabel="Reported problem queues"
        statuses={STATUSES}
        order="oldest first"
        items={cases}
        loadingLabel="Loading reported problems…"
        emptyText="No reported problems here."
        tableLabel="Reported problems"
        columns={[
          'Reference',
          'Problem',
          'Customer',
          'Transaction',
          'Reported',
          'Assigned to',
          'Status',
        ]}
        cells={(item) => (
          <>
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
          </>
        )}
      />
    </Page>
  );
}
