import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { InstantText } from '../features/audit/instant-text.js';
import { QueueList } from '../features/inbox/queue-list.js';
import { useQueueFilter } from '../features/inbox/use-queue-filter.js';
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
  const filter = useQueueFilter<Status>('open');
  const threads = useQuery(
    trpc.messages.threads.queryOptions({ queue: filter.queue, status: filter.status }),
  );
  return (
    <Page title="Messages">
      <QueueList
        filter={filter}
        tabsLabel="Message queues"
        statuses={STATUSES}
        order="newest first"
        items={threads}
        loadingLabel="Loading conversations…"
        emptyText="No conversations here."
        tableLabel="Conversations"
        columns={['Subject', 'Customer', 'Last message', 'Assigned to', 'Unread']}
        cells={(thread) => (
          <>
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
          </>
        )}
      />
    </Page>
  );
}
