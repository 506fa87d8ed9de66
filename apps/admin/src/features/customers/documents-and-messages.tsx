import type { StaffRouterOutputs } from '@marque/api';
import { Link } from 'react-router';
import { InstantText } from '../audit/instant-text.js';

type View = StaffRouterOutputs['customers']['get'];

/** What the customer has been sent and has written: documents and secure message threads. */
export function DocumentsAndMessages({ view }: { view: View }) {
  return (
    <section aria-labelledby="documents-heading" className="customer-section">
      <h2 id="documents-heading">Documents and messages</h2>
      <h3>Documents</h3>
      {view.documents.length === 0 ? (
        <p>No documents issued yet.</p>
      ) : (
        <ul className="plain-list">
          {view.documents.map((document) => (
            <li key={document.id}>
              {document.title}
              {document.agreementNumber === null || view.verification.current === null
                ? ''
                : ` (${document.agreementNumber})`}{' '}
              <span className="muted">
                <InstantText at={document.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Message threads</h3>
      {view.messages.length === 0 ? (
        <p>No secure messages.</p>
      ) : (
        <ul className="plain-list">
          {view.messages.map((thread) => (
            <li key={thread.id}>
              <Link to={`/messages/${thread.id}`}>{thread.subject}</Link>{' '}
              <span className="muted">
                ({thread.status}, last message <InstantText at={thread.lastMessageAt} />)
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
