import { Alert, DateText, Spinner } from '@marque/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { InstantText } from '../audit/instant-text.js';
import { contactEventPath, KIND_LABELS } from './contact-links.js';
import { LogContactForm } from './log-contact-form.js';
import './contact.css';

/**
 * Every contact with one customer, newest first: secure messages, reported problems and their
 * updates, contact-form messages that match them, and logged calls and letters; with the form to
 * log a call or letter. A panel for the customer view.
 */
export function ContactTimeline({ customerId }: { customerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeline = useQuery(trpc.contactRecord.timeline.queryOptions({ customerId }));
  return (
    <section aria-labelledby="contact-record-heading" className="customer-section contact-record">
      <h2 id="contact-record-heading">Contact record</h2>
      <LogContactForm
        customerId={customerId}
        onLogged={() => queryClient.invalidateQueries(trpc.contactRecord.timeline.queryFilter())}
      />
      {timeline.isError ? (
        <Alert tone="error">{apiProblem(timeline.error).message}</Alert>
      ) : timeline.data === undefined ? (
        <Spinner label="Loading the contact record…" />
      ) : timeline.data.length === 0 ? (
        <p>No contact yet.</p>
      ) : (
        <ol className="timeline" aria-label="Contact, newest first">
          {timeline.data.map((event) => {
            const path = contactEventPath(event.link);
            return (
              <li key={event.key} className={`timeline__item timeline__item--${event.direction}`}>
                <p className="timeline__meta">
                  <span className="timeline__kind">{KIND_LABELS[event.kind]}</span> ·{' '}
                  <InstantText at={event.at} />
                  {event.staffName === null ? null : <> · {event.staffName}</>}
                </p>
                <h3 className="timeline__title">
                  {path === null ? event.title : <Link to={path}>{event.title}</Link>}
                </h3>
                <p className="timeline__summary">{event.summary}</p>
                {event.followUpOn === null ? null : (
                  <p className="timeline__follow-up">
                    Follow up on <DateText date={event.followUpOn} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
