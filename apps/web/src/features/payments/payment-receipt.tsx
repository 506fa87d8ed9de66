import { Alert, Card, DateText, Money, Spinner } from '@marque/ui';
import { Link } from 'react-router';
import { agreementPath } from '../agreements/agreement-sections.js';
import type { PaymentView } from './payment-api-types.js';
import { failureText, paymentMethodText, paymentStatusText } from './payment-status-text.js';
import './payments.css';

/** The outcome of one payment: a receipt once paid, the reason when not, progress until then. */
export function PaymentReceipt({ payment }: { payment: PaymentView }) {
  const payAgain = `${agreementPath(payment.agreementId)}/pay`;
  if (payment.status === 'pending' || payment.status === 'requires_action') {
    return (
      <Card title="Confirming your payment">
        <Spinner label="Waiting for your bank to confirm the payment" />
        <p>This usually takes a few seconds. You can stay on this page.</p>
      </Card>
    );
  }
  if (payment.status === 'failed') {
    return (
      <Alert tone="error" title="Payment not taken">
        <p>{failureText(payment.failureReason)}</p>
        <p>
          <Link to={payAgain}>Try again</Link> or{' '}
          <Link to={agreementPath(payment.agreementId, 'payments')}>choose another way to pay</Link>
          .
        </p>
      </Alert>
    );
  }
  return (
    <Card title="Receipt">
      {payment.status === 'paid' ? (
        <Alert tone="success" title="Thank you, your payment has been made">
          <p>We have added it to your agreement.</p>
        </Alert>
      ) : null}
      <dl className="details">
        <div className="details__row">
          <dt>Amount</dt>
          <dd>
            <Money amount={payment.amount} currency={payment.currency} />
          </dd>
        </div>
        <div className="details__row">
          <dt>Status</dt>
          <dd>{paymentStatusText(payment.status)}</dd>
        </div>
        <div className="details__row">
          <dt>Date</dt>
          <dd>
            <DateText date={payment.settledOn ?? payment.createdAt.slice(0, 10)} />
          </dd>
        </div>
        <div className="details__row">
          <dt>Method</dt>
          <dd>{paymentMethodText(payment.method)}</dd>
        </div>
        <div className="details__row receipt__reference">
          <dt>Payment reference</dt>
          <dd>{payment.paymentId}</dd>
        </div>
      </dl>
      <p>
        <Link to={agreementPath(payment.agreementId, 'payments')}>Back to your payments</Link>
      </p>
    </Card>
  );
}
