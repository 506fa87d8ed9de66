import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { TransactionsPanel } from '../features/agreements/transactions-panel.js';

/** The account's transactions, a page at a time, with a CSV download. */
export function Component() {
  const agreement = useAgreement();
  return (
    <TransactionsPanel
      agreementId={agreement.id}
      agreementNumber={agreement.agreementNumber}
      currency={agreement.currency}
    />
  );
}
