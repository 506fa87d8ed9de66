import { useBrand } from '../brand.js';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { agreementPath } from '../features/agreements/agreement-sections.js';
import { NotForLease } from '../features/agreements/not-for-lease.js';
import { VoluntaryTerminationPanel } from '../features/agreements/voluntary-termination-panel.js';

/** The voluntary termination figure and the 50 % rule. */
export function Component() {
  const agreement = useAgreement();
  const brand = useBrand();
  const { figures } = agreement;
  if (figures.type === 'LEASE') return <NotForLease agreementPath={agreementPath(agreement.id)} />;
  return (
    <VoluntaryTerminationPanel
      figure={figures.voluntaryTermination}
      currency={agreement.currency}
      supportPhone={brand.support.phone}
    />
  );
}
