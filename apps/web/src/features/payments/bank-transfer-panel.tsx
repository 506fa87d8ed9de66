import { Alert, Card, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.js';
import { CopyButton } from './copy-button.js';
import './payments.css';

/** Paying by bank transfer: the lender's account and the reference that matches it to this agreement. */
export function BankTransferPanel({ agreementId }: { agreementId: string }) {
  const trpc = useTRPC();
  const details = useQuery(trpc.payments.bankTransferDetails.queryOptions({ agreementId }));
  return (
    <Card title="Pay by bank transfer">
      {details.isError ? (
        <Alert tone="error" title="We could not load our bank details">
          <p>{details.error.message}</p>
        </Alert>
      ) : null}
      {details.data === undefined ? (
        details.isPending ? (
          <Spinner label="Loading our bank details" />
        ) : null
      ) : (
        <>
          <p>Use this reference so we can match your payment to your agreement.</p>
          <dl className="details">
            <div className="details__row">
              <dt>Account name</dt>
              <dd>{details.data.accountName}</dd>
            </div>
            {details.data.sortCode === null ? null : (
              <div className="details__row">
                <dt>Sort code</dt>
                <dd>
                  {details.data.sortCode}
                  <CopyButton value={details.data.sortCode} label="Sort code" />
                </dd>
              </div>
            )}
            {details.data.routingNumber === null ? null : (
              <div className="details__row">
                <dt>Routing number</dt>
                <dd>
                  {details.data.routingNumber}
                  <CopyButton value={details.data.routingNumber} label="Routing number" />
                </dd>
              </div>
            )}
            <div className="details__row">
              <dt>Account number</dt>
              <dd>
                {details.data.accountNumber}
                <CopyButton value={details.data.accountNumber} label="Account number" />
              </dd>
            </div>
            <div className="details__row">
              <dt>Reference</dt>
              <dd>
                <strong>{details.data.reference}</strong>
                <CopyButton value={details.data.reference} label="Reference" />
              </dd>
            </div>
          </dl>
          <p>Transfers usually reach us within 2 hours; we show them here once they arrive.</p>
        </>
      )}
    </Card>
  );
}
