import type { Market } from '@marque/domain';
import { Alert, Card, DateText, Money } from '@marque/ui';
import { Link } from 'react-router';
import type { AgreementSummary } from './agreement-api-types.js';
import { agreementPath } from './agreement-sections.js';
import { agreementTypeName } from './agreement-type-name.js';
import { BalanceProgress } from './balance-progress.js';
import { SupportPhoneLink } from './support-phone-link.js';
import './agreements.css';

export interface AgreementCardProps {
  agreement: AgreementSummary;
  market: Market;
  supportPhone: string;
}

/** One agreement on the dashboard: what is owed, what is next, any arrears, progress and shortcuts. */
export function AgreementCard({ agreement, market, supportPhone }: AgreementCardProps) {
  const { position, currency } = agreement;
  const { arrears, nextPayment } = position;
  return (
    <Card
      className="agreement-card"
      title={agreementTypeName(agreement.type, market)}
      actions={
        <>
          <Link className="mq-button mq-button--primary" to={agreementPath(agreement.id)}>
            View agreement<span className="mq-visually-hidden"> {agreement.agreementNumber}</span>
          </Link>
          {agreement.status === 'active' ? (
            <Link
              className="mq-button mq-button--secondary"
              to={agreementPath(agreement.id, 'pay')}
            >
              Make a payment
              <span className="mq-visually-hidden"> on {agreement.agreementNumber}</span>
            </Link>
          ) : null}
          <Link
            className="mq-button mq-button--secondary"
            to={agreementPath(agreement.id, 'schedule')}
          >
            Payment schedule
          </Link>
          {agreement.type === 'LEASE' ? null : (
            <Link
              className="mq-button mq-button--secondary"
              to={agreementPath(agreement.id, 'settlement')}
            >
              Settlement quote
            </Link>
          )}
        </>
      }
    >
      <p className="agreement-card__vehicle">
        {agreement.vehicle.description}{' '}
        <span className="plate">
          <span className="mq-visually-hidden">registration </span>
          {agreement.vehicle.registration}
        </span>
      </p>
      <p className="agreement-card__number">Agreement {agreement.agreementNumber}</p>
      {arrears.amount > 0 ? (
        <Alert tone="warning" title="You have missed payments">
          <p>
            {arrears.installmentsMissed === 1
              ? '1 payment is overdue'
              : `${String(arrears.installmentsMissed)} payments are overdue`}
            : <Money amount={arrears.amount} currency={currency} /> in total. Please pay it as soon
            as you can, or call us on <SupportPhoneLink phone={supportPhone} /> if you are finding
            it hard to pay — we can help.
          </p>
        </Alert>
      ) : null}
      <dl className="figures">
        <div className="figures__item">
          <dt>Balance outstanding</dt>
          <dd>
            <Money amount={position.balanceOutstanding} currency={currency} />
          </dd>
        </div>
        <div className="figures__item">
          <dt>Next payment</dt>
          <dd>
            {nextPayment === null ? (
              'No more payments due'
            ) : (
              <>
                <Money amount={nextPayment.amount} currency={currency} /> on{' '}
                <DateText date={nextPayment.dueDate} />
              </>
            )}
          </dd>
        </div>
      </dl>
      <BalanceProgress agreement={agreement} />
    </Card>
  );
}
