import type { StaffRouterOutputs } from '@marque/api';
import { InstantText } from './instant-text.js';

type Entry = StaffRouterOutputs['audit']['search']['entries'][number];

function actorOf(entry: Entry): string {
  if (entry.actorName !== null) return entry.actorName;
  if (entry.actorType === 'customer') return `Customer account ${entry.actorId ?? ''}`.trim();
  return entry.actorType === 'anonymous' ? 'Not signed in' : 'System';
}

function detailsOf(entry: Entry): string {
  return Object.entries(entry.details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/**
 * Audit events, newest first, one row each: dense but every column labelled. The customer column
 * is left out where every event is about the same customer (the customer view's trail).
 */
export function AuditTable({
  entries,
  showCustomer = true,
}: {
  entries: readonly Entry[];
  showCustomer?: boolean;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit events">
      <table className="data-table data-table--dense audit-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Actor</th>
            {showCustomer ? <th scope="col">Customer</th> : null}
            <th scope="col">IP address</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="nowrap">
                <InstantText at={entry.at} />
              </td>
              <td>
                {entry.description}
                <br />
                <code className="event-name">{entry.event}</code>
              </td>
              <td>{actorOf(entry)}</td>
              {showCustomer ? (
                <td>{entry.customerId === null ? '—' : <code>{entry.customerId}</code>}</td>
              ) : null}
              <td>{entry.ip ?? '—'}</td>
              <td className="details-cell">{detailsOf(entry) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
