import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { CATEGORY_NAMES } from '../features/messages/category-names.js';
import { ReportedProblems } from '../features/transaction-cases/reported-problems.js';
import { formatDateTime } from '../features/security/date-time.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import '../features/messages/messages.css';

/** The secure inbox: every conversation with us, newest first, unread ones marked. */
export function Component() {
  const trpc = useTRPC();
  const { locale } = useBrand();
  const threads = useQuery(trpc.messages.list.queryOptions());
  return (
    <Page title="Messages">
      <p>
        Write to us securely here rather than by e-mail: only you and our team can read these
        messages.
      </p>
      <div className="page-actions">
        <Link to="/messages/new" className="mq-button mq-button--primary">
          New message
        </Link>
      </div>
      {threads.isPending ? <Spinner label="Loading your messages" /> : null}
      {threads.isError ? <Alert tone="error">{threads.error.message}</Alert> : null}
      {threads.data?.length === 0 ? (
        <p>You have no messages yet.</p>
      ) : (
        <ul className="inbox" aria-label="Your conversations">
          {threads.data?.map((thread) => (
            <li
              key={thread.id}
              className={`inbox__item${thread.unreadCount > 0 ? ' inbox__item--unread' : ''}`}
            >
              <Link to={`/messages/${thread.id}`} className="inbox__link">
                <span className="inbox__subject">{thread.subject}</span>
                {thread.unreadCount > 0 ? (
                  <span className="unread-badge">
                    <span aria-hidden="true">{thread.unreadCount}</span>
                    <span className="mq-visually-hidden">{`, ${String(thread.unreadCount)} unread`}</span>
                  </span>
                ) : (
                  <span />
                )}
                <span className="inbox__meta">
                  {CATEGORY_NAMES[thread.category]} ·{' '}
                  {thread.status === 'closed' ? (
                    <span className="inbox__status">Closed</span>
                  ) : (
                    'Open'
                  )}{' '}
                  · Last message {formatDateTime(thread.lastMessageAt, locale)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <ReportedProblems />
    </Page>
  );
}
