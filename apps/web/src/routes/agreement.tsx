import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useParams } from 'react-router';
import { useBrand } from '../brand.js';
import type { AgreementOutletContext } from '../features/agreements/agreement-outlet.js';
import { AgreementSectionNav } from '../features/agreements/agreement-section-nav.js';
import { agreementTypeName } from '../features/agreements/agreement-type-name.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** One agreement: its title, the section links and the section the address names. */
export function Component() {
  const { agreementId = '' } = useParams();
  const trpc = useTRPC();
  const brand = useBrand();
  const detail = useQuery(trpc.agreements.get.queryOptions({ agreementId }));

  if (detail.data === undefined) {
    return (
      <Page title={detail.isError ? 'Agreement not found' : 'Your agreement'}>
        {detail.isError ? (
          <Alert tone="error" title={detail.error.message}>
            <p>
              Go back to <Link to="/">your dashboard</Link> to choose one of your agreements.
            </p>
          </Alert>
        ) : (
          <Spinner label="Loading your agreement" />
        )}
      </Page>
    );
  }
  const agreement = detail.data;
  const context: AgreementOutletContext = { agreement };
  return (
    <Page
      title={`${agreementTypeName(agreement.type, brand.market)}: ${agreement.vehicle.registration}`}
    >
      <p className="agreement-page__vehicle">
        {agreement.vehicle.description} · Agreement {agreement.agreementNumber}
      </p>
      <AgreementSectionNav agreementId={agreement.id} type={agreement.type} />
      <div className="mq-stack mq-stack--medium">
        <Outlet context={context} />
      </div>
    </Page>
  );
}
