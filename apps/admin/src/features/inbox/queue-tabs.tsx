import { INBOX_QUEUES, type InboxQueue } from '@marque/schemas';
import { Link } from 'react-router';
import { QUEUE_LABELS } from './inbox-queue.js';
import './inbox.css';

/** Unassigned, mine or all: links that keep the choice in the address, the current one marked. */
export function QueueTabs({ current, label }: { current: InboxQueue; label: string }) {
  return (
    <nav aria-label={label} className="queue-tabs">
      <ul>
        {INBOX_QUEUES.map((queue) => (
          <li key={queue}>
            <Link
              to={`?queue=${queue}`}
              className="queue-tabs__link"
              aria-current={queue === current ? 'page' : undefined}
            >
              {QUEUE_LABELS[queue]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
