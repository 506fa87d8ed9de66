import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isUnsettled } from '../features/payments/payment-status-text.js';
import { PaymentReceipt } from '../features/payments/payment-receipt.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** How often to ask again while the provider is still deciding (its webhook usually takes a second). */
export const PAYMENT_POLL_MS = 1_500;

/** One payment's result and receipt: where the bank's challenge sends the customer back to. */
export function Component() {
  const { paymentId = '' } = useParams();
  const trpc = useTRPC();
  const payment = useQuery({
    ...trpc.payments.get.queryOptions({ paymentId }),
    refetchInterval: (query) =>
      query.state.data !== undefined && isUnsettled(query.state.data.status)
        ? PAYMENT_POLL_MS
        : false,
  });
  return (
    <Page title="Your payment">
      {payment.isError ? (
        <Alert tone="error" title={payment.error.message}>
          <p>
            Go back to <Link to="/">your dashboard</Link>.
          </p>
        </Alert>
      ) : null}
      {payment.isPending ? <Spinner label="Loading your payment" /> : null}
      {payment.data === undefined ? null : <PaymentReceipt payment={payment.data} />}
    </Page>
  );
}
