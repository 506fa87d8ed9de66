import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { MakePayment } from '../features/payments/make-payment.js';
import { useTRPC } from '../trpc.js';

/** Make a card payment on this agreement, capped at the settlement figure where there is one. */
export function Component() {
  const agreement = useAgreement();
  const trpc = useTRPC();
  const credit = agreement.type !== 'LEASE';
  const quote = useQuery({
    ...trpc.agreements.settlementQuote.queryOptions({ agreementId: agreement.id }),
    enabled: credit,
  });
  if (agreement.status !== 'active') {
    return (
      <Alert tone="info" title="Nothing to pay">
        <p>This agreement has ended, so there is nothing more to pay.</p>
      </Alert>
    );
  }
  if (credit && quote.isPending) return <Spinner label="Loading what you owe" />;
  const settlementFigure = quote.data?.available === true ? quote.data.amount : null;
  return (
    <MakePayment
      agreementId={agreement.id}
      currency={agreement.currency}
      position={agreement.position}
      settlementFigure={settlementFigure}
    />
  );
}
