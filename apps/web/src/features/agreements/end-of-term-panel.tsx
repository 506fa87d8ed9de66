import type { AgreementType, Currency } from '@marque/domain';
import { Alert, Button, Card, DateText, Money, Spinner, TextField, useLocale } from '@marque/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTRPC } from '../../trpc.js';
import type { EndOfTermAnswer } from './agreement-api-types.js';
import { parseMileageInput } from './mileage-input.js';
import './agreements.css';

type EndOfTermOption = EndOfTermAnswer['options'][number];

export interface EndOfTermPanelProps {
  agreementId: string;
  type: AgreementType;
  currency: Currency;
}

interface OptionTextProps {
  option: EndOfTermOption;
  currency: Currency;
  /** False until the customer gives a mileage: until then no charge is estimated. */
  estimated: boolean;
}

function OptionText({ option, currency, estimated }: OptionTextProps) {
  const locale = useLocale();
  const money = (amount: number) => <Money amount={amount} currency={currency} />;
  const miles = (count: number) => `${count.toLocaleString(locale)} miles`;
  switch (option.option) {
    case 'ownership':
      return (
        <>
          <h3>The car becomes yours</h3>
          <p>
            Once your last payment is made on <DateText date={option.transfersOn} />
            {option.optionToPurchaseFee > 0 ? (
              <>
                , which includes the option to purchase fee of {money(option.optionToPurchaseFee)}
              </>
            ) : null}
            , you own the car. There is nothing else to do.
          </p>
        </>
      );
    case 'pay_final_payment':
      return (
        <>
          <h3>Keep the car</h3>
          <p>
            Pay the optional final payment of {money(option.amount)} by{' '}
            <DateText date={option.dueDate} /> and the car is yours.
          </p>
        </>
      );
    case 'part_exchange':
      return (
        <>
          <h3>Part-exchange it</h3>
          <p>
            If the car is worth more than the optional final payment of{' '}
            {money(option.optionalFinalPayment)}, the difference can go towards the deposit on your
            next car. A dealer settles the optional final payment with us.
          </p>
        </>
      );
    case 'hand_back':
    case 'return':
      return (
        <>
          <h3>{option.option === 'hand_back' ? 'Hand the car back' : 'Return the car'}</h3>
          <p>
            {option.option === 'hand_back'
              ? 'Give the car back and walk away with nothing more to pay, '
              : 'Return the car at the end of the hire, '}
            as long as it is in good condition for its age and within your allowance of{' '}
            {miles(option.mileageAllowance)}.
          </p>
          {!estimated ? (
            <p>Tell us the miles you expect to do to estimate any excess mileage charge.</p>
          ) : option.excessMileage > 0 ? (
            <p>
              At your estimate you would be {miles(option.excessMileage)} over, an excess mileage
              charge of about <strong>{money(option.excessMileageCharge)}</strong>.
            </p>
          ) : (
            <p>At your estimate you would be within your allowance: no excess mileage charge.</p>
          )}
        </>
      );
  }
}

/** The choices at the end of the agreement, with excess mileage priced from the customer's estimate. */
export function EndOfTermPanel({ agreementId, type, currency }: EndOfTermPanelProps) {
  const trpc = useTRPC();
  const [estimatedMileage, setEstimatedMileage] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const locale = useLocale();
  // The previous answer stays on screen while a new estimate loads, so the page does not jump.
  const answer = useQuery({
    ...trpc.agreements.endOfTermOptions.queryOptions({
      agreementId,
      estimatedMileage: estimatedMileage ?? 0,
    }),
    placeholderData: keepPreviousData,
  });
  const hasMileage = type !== 'HP';

  const estimate = (event: SubmitEvent) => {
    event.preventDefault();
    const miles = parseMileageInput(text);
    if (miles === null) {
      setError('Enter the total miles you expect the car to have done by the end, like 24,000.');
      return;
    }
    setError(undefined);
    setEstimatedMileage(miles);
  };

  return (
    <Card title="At the end of your agreement">
      {answer.isPending ? <Spinner label="Loading your options" /> : null}
      {answer.isError ? (
        <Alert tone="error" title="We could not load your options">
          <p>{answer.error.message}</p>
        </Alert>
      ) : null}
      {answer.data === undefined ? null : (
        <>
          <p>
            Your agreement ends on <DateText date={answer.data.endDate} />
            {answer.data.daysUntilEnd > 0
              ? ` — in ${answer.data.daysUntilEnd.toLocaleString(locale)} days.`
              : '.'}
          </p>
          {hasMileage ? (
            <form noValidate onSubmit={estimate} className="mileage__form">
              <TextField
                label="Miles you expect to have done by the end"
                hint="The total since the start of the agreement"
                inputMode="numeric"
                autoComplete="off"
                name="estimatedMileage"
                value={text}
                error={error}
                onChange={(event) => {
                  setText(event.target.value);
                }}
              />
              <Button type="submit" variant="secondary">
                Estimate the charge
              </Button>
            </form>
          ) : null}
          <ul className="choices" aria-live="polite">
            {answer.data.options.map((option) => (
              <li key={option.option} className="choice">
                <OptionText
                  option={option}
                  currency={currency}
                  estimated={estimatedMileage !== null}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
