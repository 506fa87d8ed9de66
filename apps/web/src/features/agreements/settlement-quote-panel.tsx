import type { Currency } from '@marque/domain';
import { Alert, Card, DateText, Money, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.js';
import { SupportPhoneLink } from './support-phone-link.js';
import './agreements.css';

export interface SettlementQuotePanelProps {
  agreementId: string;
  currency: Currency;
  supportPhone: string;
}

/** The Early Settlement Regulations 2004 quote: what clears the agreement, to which date, and the rebate. */
export function SettlementQuotePanel({
  agreementId,
  currency,
  supportPhone,
}: SettlementQuotePanelProps) {
  const trpc = useTRPC();
  const quote = useQuery(trpc.agreements.settlementQuote.queryOptions({ agreementId }));
  return (
    <Card title="Settlement quote">
      {quote.isPending ? <Spinner label="Working out your settlement figure" /> : null}
      {quote.isError ? (
        <Alert tone="error" title="We could not work out a settlement figure">
          <p>{quote.error.message}</p>
        </Alert>
      ) : null}
      {quote.data?.available === false ? (
        <p>
          {quote.data.reason === 'closed'
            ? 'This agreement has ended, so there is nothing left to settle.'
            : 'A lease is hire, not credit, so it has no settlement figure.'}
        </p>
      ) : null}
      {quote.data?.available === true ? (
        <>
          <p className="quote__headline">
            To pay off your agreement in full, pay{' '}
            <strong>
              <Money amount={quote.data.amount} currency={currency} />
            </strong>{' '}
            by <DateText date={quote.data.settlementDate} />.
          </p>
          <dl className="figures">
            <div className="figures__item">
              <dt>Settlement figure</dt>
              <dd>
                <Money amount={quote.data.amount} currency={currency} />
              </dd>
            </div>
            <div className="figures__item">
              <dt>Valid until</dt>
              <dd>
                <DateText date={quote.data.settlementDate} />
              </dd>
            </div>
            <div className="figures__item">
              <dt>Interest rebate</dt>
              <dd>
                <Money amount={quote.data.rebate} currency={currency} />
              </dd>
            </div>
            {quote.data.arrears > 0 ? (
              <div className="figures__item">
                <dt>Missed payments included</dt>
                <dd>
                  <Money amount={quote.data.arrears} currency={currency} />
                </dd>
              </div>
            ) : null}
          </dl>
          <p>
            The rebate is the interest you would not have to pay by settling early, worked out under
            the Consumer Credit (Early Settlement) Regulations 2004. The figure assumes your
            payments due before <DateText date={quote.data.settlementDate} /> are not made
            separately; if you make one, it will be less.
          </p>
          <p>
            To settle, call us on <SupportPhoneLink phone={supportPhone} /> and we will give you our
            bank details and a payment reference.
          </p>
        </>
      ) : null}
    </Card>
  );
}
