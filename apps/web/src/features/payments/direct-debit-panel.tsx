import type { Currency } from '@marque/domain';
import { Alert, Button, Card, DateText, Money, Spinner, TextField } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useBrand } from '../../brand.js';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { ReauthenticationCancelled, useReauthentication } from '../security/reauthentication.js';
import { collectionDayOf } from './direct-debit-form.js';
import { DirectDebitSetUp } from './direct-debit-set-up.js';
import type { MandateView } from './payment-api-types.js';
import './payments.css';

const MANDATE_STATE_TEXT: Readonly<Record<MandateView['state'], string>> = {
  pending_submission: 'Being set up',
  submitted: 'Waiting for your bank',
  active: 'Active',
  failed: 'Not set up: your bank refused it',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

const NEXT_STATUS_TEXT = {
  expected: 'we will write to you before we collect it',
  notified: 'we have told you about it',
  submitted: 'on its way to your bank',
} as const;

type Mode = 'view' | 'set-up' | 'change-day' | 'change-bank' | 'cancel';

/**
 * The agreement's Direct Debit: where the mandate stands, the next collection, and set up, change
 * day, change bank account or cancel (each behind a recent password, the API's rule for payment
 * changes).
 */
export function DirectDebitPanel({
  agreementId,
  currency,
}: {
  agreementId: string;
  currency: Currency;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { market } = useBrand();
  const toProblem = useApiProblem();
  const reauthentication = useReauthentication();
  const answer = useQuery(trpc.directDebit.get.queryOptions({ agreementId }));
  const changeDay = useMutation(trpc.directDebit.changeDay.mutationOptions());
  const cancel = useMutation(trpc.directDebit.cancel.mutationOptions());
  const [mode, setMode] = useState<Mode>('view');
  const [dayText, setDayText] = useState('');
  const [dayError, setDayError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const title = market === 'UK' ? 'Direct Debit' : 'Automatic payments';

  // The mandate is fetched again first, so the message never sits beside the details it replaces.
  const finish = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.directDebit.get.queryKey() });
    setMode('view');
    setNotice(message);
    setProblem(null);
  };

  const failed = (error: unknown) => {
    if (error instanceof ReauthenticationCancelled) return;
    setProblem(toProblem(error).message);
  };

  const submitDay = async (event: SubmitEvent) => {
    event.preventDefault();
    const collectionDay = collectionDayOf(dayText);
    if (collectionDay === null) {
      setDayError('Choose a collection day from 1 to 28.');
      document.getElementById('newCollectionDay')?.focus();
      return;
    }
    setDayError(null);
    try {
      await reauthentication.withRecentPassword(() =>
        changeDay.mutateAsync({ agreementId, collectionDay }),
      );
      await finish(`We will collect on day ${String(collectionDay)} of each month from now on.`);
    } catch (error) {
      failed(error);
    }
  };

  const confirmCancel = async () => {
    try {
      await reauthentication.withRecentPassword(() => cancel.mutateAsync({ agreementId }));
      await finish(`Your ${title} is cancelled. Remember to pay each instalment another way.`);
    } catch (error) {
      failed(error);
    }
  };

  const mandate = answer.data?.mandate ?? null;
  const next = answer.data?.nextCollection ?? null;
  const live =
    mandate !== null && ['pending_submission', 'submitted', 'active'].includes(mandate.state);

  return (
    <Card title={title}>
      {reauthentication.prompt}
      {notice === null ? null : (
        <Alert tone="success">
          <p role="status">{notice}</p>
        </Alert>
      )}
      {problem === null ? null : <Alert tone="error">{problem}</Alert>}
      {answer.isError ? (
        <Alert tone="error" title="We could not load your Direct Debit">
          <p>{answer.error.message}</p>
        </Alert>
      ) : null}
      {answer.isPending ? <Spinner label="Loading your Direct Debit" /> : null}
      {answer.isSuccess && mode === 'set-up' ? (
        <DirectDebitSetUp
          agreementId={agreementId}
          reauthentication={reauthentication}
          onDone={() => void finish(`Your ${title} is set up. We will e-mail you to confirm it.`)}
          onCancel={() => {
            setMode('view');
          }}
        />
      ) : null}
      {answer.isSuccess && mode !== 'set-up' && (mandate === null || !live) ? (
        <>
          <p>
            {mandate === null
              ? 'You do not pay this agreement by Direct Debit yet.'
              : `Your last instruction: ${MANDATE_STATE_TEXT[mandate.state]}.`}{' '}
            Pay each instalment automatically, on a day of the month you choose.
          </p>
          <Button
            onClick={() => {
              setNotice(null);
              setMode('set-up');
            }}
          >
            {market === 'UK' ? 'Set up a Direct Debit' : 'Set up automatic payments'}
          </Button>
        </>
      ) : null}
      {mandate !== null && live && mode !== 'set-up' ? (
        <>
          <dl className="details">
            <div className="details__row">
              <dt>Status</dt>
              <dd>{MANDATE_STATE_TEXT[mandate.state]}</dd>
            </div>
            <div className="details__row">
              <dt>Account</dt>
              <dd>
                {mandate.accountHolderName}, {mandate.sortCode ?? mandate.routingNumber}{' '}
                {mandate.accountNumber}
              </dd>
            </div>
            <div className="details__row">
              <dt>Collection day</dt>
              <dd>Day {mandate.collectionDay} of each month</dd>
            </div>
            <div className="details__row">
              <dt>Next collection</dt>
              <dd>
                {next === null ? (
                  'None due'
                ) : (
                  <>
                    <Money amount={next.amount} currency={currency} /> on{' '}
                    <DateText date={next.date} /> ({NEXT_STATUS_TEXT[next.status]})
                  </>
                )}
              </dd>
            </div>
            <div className="details__row">
              <dt>Reference</dt>
              <dd>{mandate.reference}</dd>
            </div>
          </dl>
          {mode === 'change-day' ? (
            <form noValidate onSubmit={(event) => void submitDay(event)} className="mq-stack">
              <TextField
                id="newCollectionDay"
                label="New collection day"
                hint="A day of the month from 1 to 28"
                inputMode="numeric"
                className="mq-input--4"
                value={dayText}
                error={dayError ?? undefined}
                onChange={(event) => {
                  setDayText(event.target.value);
                }}
              />
              <div className="form-actions">
                <Button type="submit" busy={changeDay.isPending}>
                  Change collection day
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setMode('view');
                  }}
                >
                  Keep day {mandate.collectionDay}
                </Button>
              </div>
            </form>
          ) : null}
          {mode === 'change-bank' ? (
            <DirectDebitSetUp
              agreementId={agreementId}
              purpose="change-bank"
              reauthentication={reauthentication}
              onDone={() =>
                void finish(
                  'Your new bank account is saved. We will e-mail you to confirm it, with the Guarantee.',
                )
              }
              onCancel={() => {
                setMode('view');
              }}
            />
          ) : null}
          {mode === 'cancel' ? (
            <div className="confirm" role="group" aria-labelledby="cancel-question">
              <p id="cancel-question">
                <strong>Cancel your {title}?</strong> You will need to pay each instalment another
                way, or you may fall into arrears.
              </p>
              <div className="form-actions">
                <Button
                  variant="danger"
                  busy={cancel.isPending}
                  onClick={() => void confirmCancel()}
                >
                  Yes, cancel it
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setMode('view');
                  }}
                >
                  No, keep it
                </Button>
              </div>
            </div>
          ) : null}
          {mode === 'view' ? (
            <div className="form-actions">
              <Button
                variant="secondary"
                onClick={() => {
                  setNotice(null);
                  setDayText(String(mandate.collectionDay));
                  setMode('change-day');
                }}
              >
                Change collection day
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setNotice(null);
                  setMode('change-bank');
                }}
              >
                Change bank account
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setNotice(null);
                  setMode('cancel');
                }}
              >
                Cancel {title}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
