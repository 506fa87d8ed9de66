import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { InstantText } from '../features/audit/instant-text.js';
import { QueueList } from '../features/inbox/queue-list.js';
import { useQueueFilter } from '../features/inbox/use-queue-filter.js';
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
  const filter = useQueueFilter<Status>('open');
  const cases = useQuery(
    trpc.contactCases.list.queryOptions({ queue: filter.queue, status: filter.status }),
  );
  return (
    <Page title="Contact form">
      <p>
        Anyone can send the contact form, signed in or not: check who you are talking to before you
        discuss an agreement.
      </p>
      <QueueList
        filter={filter}
        tabsLabel="Contact form queues"
        statuses={STATUSES}
        order="oldest first"
        items={cases}
        loadingLabel="Loading contact-form cases…"
        emptyText="No contact-form cases here."
        tableLabel="Contact-form cases"
        columns={['Reference', 'From', 'Received', 'Assigned to', 'Status']}
        cells={(item) => (
          <>
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
          </>
        )}
      />
    </Page>
  );
}
