import type { Currency, Minor, PartialSettlement, ScheduleTerms } from '@marque/domain';
import { parseMoneyInput } from '@marque/schemas';
import { Button, Card, DateText, Money, TextField } from '@marque/ui';
import { useId, useState, type SubmitEvent } from 'react';
import { overpaymentChoices, type OverpaymentChoices } from './overpayment.js';
import { SupportPhoneLink } from './support-phone-link.js';
import './agreements.css';

export interface OverpaymentCalculatorProps {
  terms: ScheduleTerms;
  paidInstallments: number;
  /** The level monthly payment the agreement has now. */
  monthlyPayment: Minor;
  currency: Currency;
  supportPhone: string;
}

function NewSchedule({ result, currency }: { result: PartialSettlement; currency: Currency }) {
  return (
    <details className="disclosure">
      <summary>See the new schedule</summary>
      <table className="mq-table new-schedule">
        <caption className="mq-visually-hidden">The new payment schedule</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col" className="mq-table__number">
              Payment
            </th>
            <th scope="col" className="mq-table__number">
              Left to repay
            </th>
          </tr>
        </thead>
        <tbody>
          {result.remaining.installments.map((installment) => (
            <tr key={installment.number}>
              <td>
                <DateText date={installment.dueDate} format="short" />
                {installment.kind === 'optional_final_payment' ? ' (optional final payment)' : ''}
              </td>
              <td className="mq-table__number">
                <Money amount={installment.amount} currency={currency} />
              </td>
              <td className="mq-table__number">
                <Money amount={installment.balanceAfter} currency={currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

interface OptionProps {
  result: PartialSettlement;
  monthlyPayment: Minor;
  monthsLeft: number;
  currency: Currency;
}

/** Same payment, fewer months. */
function FinishSooner({ result, monthlyPayment, monthsLeft, currency }: OptionProps) {
  const headingId = useId();
  const monthly = result.remaining.installments.filter(
    (installment) => installment.kind === 'monthly',
  );
  const last = monthly.at(-1);
  return (
    <section className="choice" aria-labelledby={headingId}>
      <h3 id={headingId}>Finish sooner</h3>
      <p>
        Keep paying <Money amount={monthlyPayment} currency={currency} /> a month for{' '}
        <strong>{monthly.length} months</strong> instead of {monthsLeft}
        {last === undefined ? null : (
          <>
            , with the last monthly payment on <DateText date={last.dueDate} />
          </>
        )}
        .
      </p>
      <p>
        You save <Money amount={result.interestSaved} currency={currency} /> in interest.
      </p>
      <NewSchedule result={result} currency={currency} />
    </section>
  );
}

/** Same months, a smaller payment. */
function PayLess({ result, monthlyPayment, monthsLeft, currency }: OptionProps) {
  const headingId = useId();
  return (
    <section className="choice" aria-labelledby={headingId}>
      <h3 id={headingId}>Pay less each month</h3>
      <p>
        Pay{' '}
        <strong>
          <Money amount={result.remaining.monthlyPayment} currency={currency} />
        </strong>{' '}
        a month instead of <Money amount={monthlyPayment} currency={currency} />, for the same{' '}
        {monthsLeft} months.
      </p>
      <p>
        You save <Money amount={result.interestSaved} currency={currency} /> in interest.
      </p>
      <NewSchedule result={result} currency={currency} />
    </section>
  );
}

/**
 * "What if I overpay?": a partial early repayment (Consumer Credit Act s.94) worked out in the
 * browser with the domain's own partialSettlement, both ways, each with its new schedule.
 */
export function OverpaymentCalculator({
  terms,
  paidInstallments,
  monthlyPayment,
  currency,
  supportPhone,
}: OverpaymentCalculatorProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [choices, setChoices] = useState<Extract<OverpaymentChoices, { ok: true }> | null>(null);
  const monthsLeft = terms.termMonths - paidInstallments;

  const calculate = (event: SubmitEvent) => {
    event.preventDefault();
    const amount = parseMoneyInput(text);
    if (amount === null || amount === 0) {
      setChoices(null);
      setError('Enter an amount of money, like 500 or 1,250.50.');
      return;
    }
    const answer = overpaymentChoices(terms, paidInstallments, amount);
    if (answer.ok) {
      setError(undefined);
      setChoices(answer);
      return;
    }
    setChoices(null);
    setError(
      answer.reason === 'no_payments_left'
        ? 'Every monthly payment has been made, so there is nothing left to overpay.'
        : 'That would pay off everything you owe. Ask for a settlement quote instead.',
    );
  };

  return (
    <Card title="What if I overpay?">
      <p>
        Paying off part of what you owe early reduces the interest you pay. You choose how we use
        it: keep paying the same each month and finish sooner, or pay less each month and finish on
        the same date.
      </p>
      <form noValidate onSubmit={calculate} className="overpayment__form">
        <TextField
          label="How much would you like to overpay?"
          hint={`In ${currency === 'GBP' ? 'pounds' : 'dollars'}, for example 1,000`}
          inputMode="decimal"
          autoComplete="off"
          name="overpayment"
          value={text}
          error={error}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <Button type="submit">Work it out</Button>
      </form>
      {choices === null ? null : (
        <div aria-live="polite">
          <div className="overpayment__results">
            <FinishSooner
              result={choices.reduceTerm}
              monthlyPayment={monthlyPayment}
              monthsLeft={monthsLeft}
              currency={currency}
            />
            <PayLess
              result={choices.reducePayment}
              monthlyPayment={monthlyPayment}
              monthsLeft={monthsLeft}
              currency={currency}
            />
          </div>
          <p>
            These figures assume your overpayment arrives before your next payment. To make one,
            call us on <SupportPhoneLink phone={supportPhone} />.
          </p>
        </div>
      )}
    </Card>
  );
}
