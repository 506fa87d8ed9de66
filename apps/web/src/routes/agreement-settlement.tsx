import { useBrand } from '../brand.js';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { agreementPath } from '../features/agreements/agreement-sections.js';
import { NotForLease } from '../features/agreements/not-for-lease.js';
import { SettlementQuotePanel } from '../features/agreements/settlement-quote-panel.js';

/** The early settlement quote. */
export function Component() {
  const agreement = useAgreement();
  const brand = useBrand();
  if (agreement.figures.type === 'LEASE')
    return <NotForLease agreementPath={agreementPath(agreement.id)} />;
  return (
    <SettlementQuotePanel
      agreementId={agreement.id}
      currency={agreement.currency}
      supportPhone={brand.support.phone}
    />
  );
}
