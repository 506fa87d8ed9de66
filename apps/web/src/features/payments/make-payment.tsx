import type { Currency, Minor } from '@marque/domain';
import { Alert, Button, Card, ErrorSummary, Money, TextField } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useId, useRef, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { CardFields, type CardToken } from './card-fields.js';
import { newIdempotencyKey } from './idempotency-key.js';
import {
  amountChoices,
  chosenAmount,
  type AmountChoice,
  type PaymentPosition,
} from './payment-amount.js';
import { failureText } from './payment-status-text.js';
import './payments.css';

export interface MakePaymentProps {
  agreementId: string;
  currency: Currency;
  position: PaymentPosition;
  /** The most the customer may pay (the settlement figure); null when there is none to quote. */
  settlementFigure: Minor | null;
  /** Leaves for the provider's challenge page (a full navigation: it is another site). */
  goToChallenge?: (url: string) => void;
}

const CHOICE_LABEL: Readonly<Record<Exclude<AmountChoice, 'other'>, string>> = {
  arrears: 'The overdue amount',
  next: 'Your next payment',
};

interface Attempt {
  card: CardToken;
  idempotencyKey: string;
}

function leaveForChallenge(url: string): void {
  window.location.assign(url);
}

/**
 * Make a payment: choose the amount, give the card to the provider's hosted fields, then pay,
 * the bank's challenge or a decline. One idempotency key per card given, kept when retrying it.
 */
export function MakePayment({
  agreementId,
  currency,
  position,
  settlementFigure,
  goToChallenge = leaveForChallenge,
}: MakePaymentProps) {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const navigate = useNavigate();
  const options = amountChoices(position);
  const [choice, setChoice] = useState<AmountChoice>(options[0]?.choice ?? 'other');
  const [otherText, setOtherText] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [amount, setAmount] = useState<Minor | null>(null);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [declined, setDeclined] = useState<string | null>(null);
  const pay = useMutation(trpc.payments.makeCardPayment.mutationOptions());
  const otherId = useId();
  const resultRef = useRef<HTMLDivElement>(null);

  const send = useCallback(
    (chargeAmount: Minor, next: Attempt) => {
      setAttempt(next);
      setDeclined(null);
      pay.mutate(
        {
          agreementId,
          amount: chargeAmount,
          paymentToken: next.card.token,
          idempotencyKey: next.idempotencyKey,
        },
        {
          onSuccess: (answer) => {
            if (answer.status === 'requires_action' && answer.nextActionUrl !== undefined) {
              goToChallenge(answer.nextActionUrl);
            } else if (answer.status === 'failed') {
              setAttempt(null);
              setDeclined(failureText(answer.failureReason));
              resultRef.current?.focus();
            } else {
              void navigate(`/payments/${encodeURIComponent(answer.paymentId)}`);
            }
          },
          onError: () => {
            resultRef.current?.focus();
          },
        },
      );
    },
    [agreementId, goToChallenge, navigate, pay],
  );

  const onToken = useCallback(
    (card: CardToken) => {
      if (amount !== null) send(amount, { card, idempotencyKey: newIdempotencyKey() });
    },
    [amount, send],
  );

  const chooseAmount = (event: SubmitEvent) => {
    event.preventDefault();
    const answer = chosenAmount(choice, otherText, position, settlementFigure);
    if (answer.ok) {
      setAmountError(null);
      setAmount(answer.amount);
    } else {
      setAmountError(answer.error);
      document.getElementById(choice === 'other' ? otherId : `amount-${choice}`)?.focus();
    }
  };

  if (amount === null) {
    return (
      <Card title="How much would you like to pay?">
        <form noValidate onSubmit={chooseAmount} className="mq-stack mq-stack--medium">
          <ErrorSummary
            problems={
              amountError === null
                ? []
                : [
                    {
                      fieldId: choice === 'other' ? otherId : 'amount-choice',
                      message: amountError,
                    },
                  ]
            }
          />
          <fieldset className="mq-field" id="amount-choice">
            <legend className="mq-visually-hidden">Amount to pay</legend>
            <div className="radios">
              {options.map((option) => (
                <label key={option.choice} className="radio">
                  <input
                    type="radio"
                    name="amount"
                    id={`amount-${option.choice}`}
                    checked={choice === option.choice}
                    onChange={() => {
                      setChoice(option.choice);
                    }}
                  />
                  <span>
                    {CHOICE_LABEL[option.choice as Exclude<AmountChoice, 'other'>]}:{' '}
                    <Money amount={option.amount} currency={currency} />
                  </span>
                </label>
              ))}
              <label className="radio">
                <input
                  type="radio"
                  name="amount"
                  id="amount-other"
                  checked={choice === 'other'}
                  onChange={() => {
                    setChoice('other');
                  }}
                />
                <span>Another amount</span>
              </label>
            </div>
          </fieldset>
          {choice === 'other' ? (
            <TextField
              id={otherId}
              label="Amount"
              hint={
                settlementFigure === null ? undefined : (
                  <>
                    Up to <Money amount={settlementFigure} currency={currency} />, the amount that
                    settles your agreement.
                  </>
                )
              }
              inputMode="decimal"
              autoComplete="off"
              value={otherText}
              error={amountError ?? undefined}
              onChange={(event) => {
                setOtherText(event.target.value);
              }}
            />
          ) : null}
          <div className="form-actions">
            <Button type="submit">Continue to card details</Button>
          </div>
        </form>
      </Card>
    );
  }

  const problem = pay.error === null ? null : toProblem(pay.error);
  return (
    <Card title="Pay by card">
      <p className="pay__amount">
        You are paying{' '}
        <strong>
          <Money amount={amount} currency={currency} />
        </strong>
        .{' '}
        <Button
          variant="link"
          onClick={() => {
            setAmount(null);
            setAttempt(null);
            setDeclined(null);
            pay.reset();
          }}
        >
          Change amount
        </Button>
      </p>
      <div ref={resultRef} tabIndex={-1} className="pay__result">
        {declined === null ? null : (
          <Alert tone="error" title="Payment declined">
            <p>{declined}</p>
            <p>You can try again with another card below.</p>
          </Alert>
        )}
        {problem === null ? null : (
          <Alert tone="error" title="The payment did not go through">
            <p>{problem.message}</p>
            {attempt !== null && problem.code === 'NETWORK' ? (
              <Button
                onClick={() => {
                  send(amount, attempt);
                }}
              >
                Try again
              </Button>
            ) : null}
          </Alert>
        )}
      </div>
      {pay.isPending ? <p role="status">Taking your payment…</p> : <CardFields onToken={onToken} />}
    </Card>
  );
}
