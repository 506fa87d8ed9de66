import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { EndOfTermPanel } from '../features/agreements/end-of-term-panel.js';

/** The options at the end of the agreement. */
export function Component() {
  const agreement = useAgreement();
  return (
    <EndOfTermPanel
      agreementId={agreement.id}
      type={agreement.type}
      currency={agreement.currency}
    />
  );
}
