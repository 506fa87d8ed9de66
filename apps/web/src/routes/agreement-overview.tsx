import { Card, DateText, Money } from '@marque/ui';
import { Link } from 'react-router';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { agreementPath } from '../features/agreements/agreement-sections.js';
import { AgreementTerms } from '../features/agreements/agreement-terms.js';

/** The agreement's overview: where the account stands today, then every term. */
export function Component() {
  const agreement = useAgreement();
  const { position, currency } = agreement;
  return (
    <>
      <Card
        title="Where you are today"
        actions={
          agreement.status === 'active' ? (
            <Link className="mq-button mq-button--primary" to={agreementPath(agreement.id, 'pay')}>
              Make a payment
            </Link>
          ) : undefined
        }
      >
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
              {position.nextPayment === null ? (
                'No more payments due'
              ) : (
                <>
                  <Money amount={position.nextPayment.amount} currency={currency} /> on{' '}
                  <DateText date={position.nextPayment.dueDate} />
                </>
              )}
            </dd>
          </div>
          {position.arrears.amount > 0 ? (
            <div className="figures__item">
              <dt>Overdue</dt>
              <dd>
                <Money amount={position.arrears.amount} currency={currency} />
              </dd>
            </div>
          ) : null}
        </dl>
      </Card>
      <AgreementTerms agreement={agreement} />
    </>
  );
}
