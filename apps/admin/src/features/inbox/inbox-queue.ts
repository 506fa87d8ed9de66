import { INBOX_QUEUES, type InboxQueue } from '@marque/schemas';

/** The queue named in the address (`?queue=mine`), unassigned when absent or unknown. */
export function queueOf(search: URLSearchParams): InboxQueue {
  const value = search.get('queue');
  return INBOX_QUEUES.find((queue) => queue === value) ?? 'unassigned';
}

/** The queues as the inbox's tabs name them. */
export const QUEUE_LABELS: Readonly<Record<InboxQueue, string>> = {
  unassigned: 'Unassigned',
  mine: 'Mine',
  all: 'All',
};
