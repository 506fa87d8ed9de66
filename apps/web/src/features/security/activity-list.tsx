import { Alert, Button, Card, Spinner, useLocale } from '@marque/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.js';
import { formatDateTime } from './date-time.js';
import './security.css';

const PAGE_SIZE = 10;

/** Recent sign-ins and security changes on the account, newest first, failures marked. */
export function ActivityList() {
  const trpc = useTRPC();
  const locale = useLocale();
  const pages = useInfiniteQuery(
    trpc.activity.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card title="Recent activity">
      <p>If you see something you do not recognise, change your password straight away.</p>
      {pages.isPending ? <Spinner label="Loading your recent activity" /> : null}
      {pages.isError ? <Alert tone="error">{pages.error.message}</Alert> : null}
      <ul className="activity">
        {items.map((item) => (
          <li key={item.id} className="activity__item">
            <p className="activity__what">
              {item.success === false ? <span className="tag tag--warning">Failed</span> : null}
              {item.description}
            </p>
            <p className="activity__meta">
              <time dateTime={item.at}>{formatDateTime(item.at, locale)}</time>
              {item.device === null ? null : <> · {item.device}</>}
              {item.ip === null ? null : <> · IP address {item.ip}</>}
            </p>
          </li>
        ))}
      </ul>
      {pages.hasNextPage ? (
        <Button
          variant="secondary"
          busy={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          Show older activity
        </Button>
      ) : null}
    </Card>
  );
}
