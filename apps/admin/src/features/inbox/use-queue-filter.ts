import type { InboxQueue } from '@marque/schemas';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { queueOf } from './inbox-queue.js';

/** A queue page's choice: the queue from the address, the status filter kept on the page. */
export interface QueueFilter<S extends string> {
  queue: InboxQueue;
  status: S;
  setStatus: (status: S) => void;
}

export function useQueueFilter<S extends string>(initialStatus: S): QueueFilter<S> {
  const [search] = useSearchParams();
  const [status, setStatus] = useState<S>(initialStatus);
  return { queue: queueOf(search), status, setStatus };
}
