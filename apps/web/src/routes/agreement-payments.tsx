import { Link } from 'react-router';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { agreementPath } from '../features/agreements/agreement-sections.js';
import { BankTransferPanel } from '../features/payments/bank-transfer-panel.js';
import { DirectDebitPanel } from '../features/payments/direct-debit-panel.js';
import { PaymentHistory } from '../features/payments/payment-history.js';

/** Every way to pay this agreement, and the payments made so far. */
export function Component() {
  const agreement = useAgreement();
  return (
    <>
      {agreement.status === 'active' ? (
        <p className="quick-actions">
          <Link className="mq-button mq-button--primary" to={agreementPath(agreement.id, 'pay')}>
            Pay by card
          </Link>
        </p>
      ) : null}
      <DirectDebitPanel agreementId={agreement.id} currency={agreement.currency} />
      <BankTransferPanel agreementId={agreement.id} />
      <PaymentHistory agreementId={agreement.id} />
    </>
  );
}
