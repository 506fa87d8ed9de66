import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { AgreementCard } from '../features/agreements/agreement-card.js';
import { useSession } from '../features/auth/use-session.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** The dashboard: a card per agreement with what is owed, what is next and how it is going. */
export function Component() {
  const trpc = useTRPC();
  const brand = useBrand();
  const session = useSession();
  const agreements = useQuery(trpc.agreements.list.queryOptions());
  const customer = session.status === 'signed_in' ? session.customer : null;
  return (
    <Page title={customer === null ? 'Your account' : `Hello, ${customer.givenName}`}>
      {customer !== null && !customer.mfaEnabled ? (
        <Alert tone="info" title="Protect your account">
          <p>
            Turn on <Link to="/security">two-step verification</Link> so that a stolen password
            alone cannot open your account.
          </p>
        </Alert>
      ) : null}
      <h2>Your agreements</h2>
      {agreements.isPending ? <Spinner label="Loading your agreements" /> : null}
      {agreements.isError ? (
        <Alert tone="error" title="We could not load your agreements">
          <p>{agreements.error.message}</p>
        </Alert>
      ) : null}
      {agreements.data?.length === 0 ? (
        <p>
          There are no agreements on your account. If you think that is wrong, call us on{' '}
          {brand.support.phone}.
        </p>
      ) : null}
      <ul className="agreement-list">
        {agreements.data?.map((agreement) => (
          <li key={agreement.id}>
            <AgreementCard
              agreement={agreement}
              market={brand.market}
              supportPhone={brand.support.phone}
            />
          </li>
        ))}
      </ul>
    </Page>
  );
}
