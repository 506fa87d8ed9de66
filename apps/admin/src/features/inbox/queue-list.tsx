import { Alert, Card, Spinner } from '@marque/ui';
import type { ReactNode } from 'react';
import { apiProblem } from '../../api-problem.js';
import { QUEUE_LABELS } from './inbox-queue.js';
import { QueueTabs } from './queue-tabs.js';
import { StatusFilter } from './status-filter.js';
import type { QueueFilter } from './use-queue-filter.js';

export interface QueueListProps<S extends string, T extends { id: string }> {
  filter: QueueFilter<S>;
  /** Names the queue tabs' navigation. */
  tabsLabel: string;
  statuses: readonly { value: S; label: string }[];
  order: 'oldest first' | 'newest first';
  /** The list's query, as react-query reports it. */
  items: { isError: boolean; error: unknown; data: readonly T[] | undefined };
  loadingLabel: string;
  emptyText: string;
  /** Names the scrolling table region. */
  tableLabel: string;
  columns: readonly string[];
  /** One row's cells, in the order of the columns. */
  cells: (item: T) => ReactNode;
}

/** A work queue: Unassigned/Mine/All tabs, a status filter and the matching items in a table. */
export function QueueList<S extends string, T extends { id: string }>({
  filter,
  tabsLabel,
  statuses,
  order,
  items,
  loadingLabel,
  emptyText,
  tableLabel,
  columns,
  cells,
}: QueueListProps<S, T>) {
  return (
    <>
      <QueueTabs current={filter.queue} label={tabsLabel} />
      <StatusFilter value={filter.status} options={statuses} onChange={filter.setStatus} />
      <Card title={`${QUEUE_LABELS[filter.queue]}, ${order}`}>
        {items.isError ? (
          <Alert tone="error">{apiProblem(items.error).message}</Alert>
        ) : items.data === undefined ? (
          <Spinner label={loadingLabel} />
        ) : items.data.length === 0 ? (
          <p>{emptyText}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={tableLabel}>
            <table className="data-table">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.data.map((item) => (
                  <tr key={item.id}>{cells(item)}</tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
