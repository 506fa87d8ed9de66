import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { useSignedInStaff } from '../features/auth/require-staff.js';
import { ContactTimeline } from '../features/contact/contact-timeline.js';
import { AccountSecurity } from '../features/customers/account-security.js';
import { CustomerAuditTrail } from '../features/customers/customer-audit-trail.js';
import { CustomerProfile } from '../features/customers/customer-profile.js';
import { DocumentsAndMessages } from '../features/customers/documents-and-messages.js';
import { FinancialsSection } from '../features/customers/financials-section.js';
import { SupportActions } from '../features/customers/support-actions.js';
import { VerificationPanel } from '../features/customers/verification-panel.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import '../features/customers/customers.css';

const SECTIONS = [
  ['verification-heading', 'Identity check'],
  ['actions-heading', 'Actions'],
  ['profile-heading', 'Profile'],
  ['security-heading', 'Sign-in and security'],
  ['financials-heading', 'Agreements and payments'],
  ['documents-heading', 'Documents and messages'],
  ['contact-record-heading', 'Contact record'],
  ['trail-heading', 'Audit trail'],
] as const;

/**
 * One customer, for a member of staff taking their call: the identity check first, then what the
 * check allows, then everything on record, in sections reached from the list at the top.
 */
export function Component() {
  const trpc = useTRPC();
  const staff = useSignedInStaff();
  const { customerId = '' } = useParams();
  const view = useQuery(trpc.customers.get.queryOptions({ customerId }));

  if (view.isError) {
    return (
      <Page title="Customer">
        <Alert tone="error">{apiProblem(view.error).message}</Alert>
        <p>
          <Link to="/customers">Back to the customer search</Link>
        </p>
      </Page>
    );
  }
  if (view.data === undefined) {
    return (
      <Page title="Customer">
        <Spinner label="Loading the customer…" />
      </Page>
    );
  }
  const customer = view.data;
  return (
    <Page title={customer.name}>
      <p className="customer-badges">
        {customer.account === null ? (
          <span className="status status--invited">Not registered online</span>
        ) : customer.account.locked ? (
          <span className="status status--disabled">Sign-in locked</span>
        ) : (
          <span className="status status--active">Sign-in not locked</span>
        )}
        {customer.account?.flaggedAt == null ? null : (
          <span className="status status--disabled">Flagged: this wasn’t me</span>
        )}
        {customer.verification.current === null ? (
          <span className="status status--invited">Caller not verified</span>
        ) : (
          <span className="status status--active">Caller verified</span>
        )}
      </p>
      <nav aria-label="Sections of this customer" className="customer-sections">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <VerificationPanel
        customerId={customer.id}
        verification={customer.verification}
        market={customer.market}
      />
      <SupportActions view={customer} role={staff.role} />
      <CustomerProfile view={customer} />
      {customer.account === null ? null : <AccountSecurity account={customer.account} />}
      <FinancialsSection
        customerId={customer.id}
        verified={customer.verification.current !== null}
      />
      <DocumentsAndMessages view={customer} />
      <ContactTimeline customerId={customer.id} />
      <CustomerAuditTrail customerId={customer.id} />
    </Page>
  );
}
