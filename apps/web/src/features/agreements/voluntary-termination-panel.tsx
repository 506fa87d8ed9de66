import type { Currency } from '@marque/domain';
import { Alert, Card, Money } from '@marque/ui';
import type { CreditFigures } from './agreement-api-types.js';
import { SupportPhoneLink } from './support-phone-link.js';
import './agreements.css';

export interface VoluntaryTerminationPanelProps {
  figure: CreditFigures['voluntaryTermination'];
  currency: Currency;
  supportPhone: string;
}

/** The Consumer Credit Act 1974 s.99 right to hand the car back, with the s.100 "50 % rule" in plain words. */
export function VoluntaryTerminationPanel({
  figure,
  currency,
  supportPhone,
}: VoluntaryTerminationPanelProps) {
  const money = (amount: number) => <Money amount={amount} currency={currency} />;
  return (
    <Card title="Hand the car back early (voluntary termination)">
      <p>
        The law (the Consumer Credit Act 1974, sections 99 and 100) lets you end your agreement
        early and give the car back. What it costs depends on the <strong>50% rule</strong>: once
        you have paid half of the total amount payable, you can hand the car back without paying
        anything more, apart from any payments you have missed.
      </p>
      <dl className="figures">
        <div className="figures__item">
          <dt>Total amount payable</dt>
          <dd>{money(figure.totalAmountPayable)}</dd>
        </div>
        <div className="figures__item">
          <dt>Half of that</dt>
          <dd>{money(figure.halfTotalAmountPayable)}</dd>
        </div>
        <div className="figures__item">
          <dt>Paid so far, deposit included</dt>
          <dd>{money(figure.paidToDate)}</dd>
        </div>
        {figure.dueUnpaid > 0 ? (
          <div className="figures__item">
            <dt>Missed payments</dt>
            <dd>{money(figure.dueUnpaid)}</dd>
          </div>
        ) : null}
        <div className="figures__item">
          <dt>To pay to reach half</dt>
          <dd>{money(figure.amountToReachHalf)}</dd>
        </div>
      </dl>
      {figure.eligibleNow ? (
        <Alert tone="success" title="You have reached half">
          <p>
            You could hand the car back now without paying more
            {figure.dueUnpaid > 0 ? (
              <>, apart from your missed payments of {money(figure.dueUnpaid)}</>
            ) : null}
            .
          </p>
        </Alert>
      ) : (
        <Alert tone="info" title="You have not reached half yet">
          <p>
            To hand the car back now you would pay {money(figure.amountToReachHalf)} to bring what
            you have paid up to half
            {figure.dueUnpaid > 0 ? (
              <>, plus your missed payments of {money(figure.dueUnpaid)}</>
            ) : null}
            . Or keep paying: each payment brings you closer.
          </p>
        </Alert>
      )}
      <p>
        The car should be in a condition that reflects its age and mileage: we may charge for damage
        beyond fair wear and tear. Ending early this way is your legal right: we cannot refuse it
        once the conditions are met.
      </p>
      <p>
        To end your agreement this way, tell us in writing or call{' '}
        <SupportPhoneLink phone={supportPhone} />.
      </p>
    </Card>
  );
}
