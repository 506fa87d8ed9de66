import type { StaffRouterOutputs } from '@marque/api';
import { DateText } from '@marque/ui';
import { InstantText } from '../audit/instant-text.js';

type View = StaffRouterOutputs['customers']['get'];

const HIDDEN = <span className="muted">Hidden until the caller is verified</span>;

/**
 * Who the customer is and how to reach them. Date of birth, full address and agreement numbers
 * answer identity questions, so they show only once the caller has passed the check.
 */
export function CustomerProfile({ view }: { view: View }) {
  return (
    <section aria-labelledby="profile-heading" className="customer-section">
      <h2 id="profile-heading">Profile</h2>
      <dl className="facts">
        <div>
          <dt>Date of birth</dt>
          <dd>{view.dateOfBirth === null ? HIDDEN : <DateText date={view.dateOfBirth} />}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd>
            {view.addressLines === null ? (
              <>
                {view.town}, {view.postcode} <span className="muted">(full address hidden)</span>
              </>
            ) : (
              [...view.addressLines, view.town, view.postcode].join(', ')
            )}
          </dd>
        </div>
        <div>
          <dt>E-mail</dt>
          <dd>{view.email}</dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{view.phone}</dd>
        </div>
        <div>
          <dt>Customer since</dt>
          <dd>
            <InstantText at={view.customerSince} />
          </dd>
        </div>
        <div>
          <dt>Agreements</dt>
          <dd>
            <ul className="plain-list">
              {view.agreements.map((agreement) => (
                <li key={agreement.id}>
                  {agreement.type} {agreement.number}, {agreement.vehicle} ({agreement.status})
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
