import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Button, DateInputField, isoDateOfParts, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { InstantText } from '../audit/instant-text.js';
import { useTRPC } from '../../trpc.js';

type View = StaffRouterOutputs['customers']['get'];
type Verification = View['verification'];

const EMPTY = {
  agreementNumber: '',
  dateOfBirth: '',
  postcode: '',
  ssnLast4: '',
  lastPaymentAmount: '',
};

/**
 * The identity check, done while the customer is on the phone: the agent types what the caller
 * says and the server compares it with the record. The record's answers are never on screen, and
 * the outcome says only passed or failed, so nothing can be read out or hinted to a guesser.
 */
export function VerificationPanel({
  customerId,
  verification,
  market,
}: {
  customerId: string;
  verification: Verification;
  market: View['market'];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'warning'; text: string } | null>(null);
  const verify = useMutation(trpc.customers.verify.mutationOptions());
  const asks = (question: Verification['questions'][number]) =>
    verification.questions.includes(question);
  const set = (field: keyof typeof EMPTY) => (value: string) => {
    setAnswers((current) => ({ ...current, [field]: value }));
  };

  const submit = async () => {
    setOutcome(null);
    setFieldErrors({});
    try {
      const result = await verify.mutateAsync({
        customerId,
        answers: {
          ...answers,
          dateOfBirth: isoDateOfParts(answers.dateOfBirth) || answers.dateOfBirth,
        },
      });
      setAnswers(EMPTY);
      if (result.outcome === 'failed') {
        setOutcome({
          tone: 'warning',
          text: 'Not verified: the answers do not match our records. Do not say which answer was wrong, and do not make changes to the account.',
        });
      }
      await queryClient.invalidateQueries(trpc.customers.pathFilter());
    } catch (error) {
      const problem = apiProblem(error);
      setFieldErrors(problem.fieldErrors);
      setOutcome({ tone: 'error', text: problem.message });
    }
  };

  const current = verification.current;
  const validUntil = current?.validUntil;
  // When the check runs out the page asks again, so it never offers actions the API would refuse.
  useEffect(() => {
    if (validUntil === undefined) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries(trpc.customers.pathFilter()),
      Math.max(0, Date.parse(validUntil) - Date.now()),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [validUntil, queryClient, trpc]);
  return (
    <section aria-labelledby="verification-heading" className="customer-section verification">
      <h2 id="verification-heading">Identity check</h2>
      {current === null ? (
        <>
          <p>
            Ask the caller each question and type what they say. We compare the answers with our
            records; you will see only whether the caller passed.
          </p>
          {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.text}</Alert>}
          <form
            noValidate
            className="verification-form"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <TextField
              id="answer-agreement"
              label={market === 'UK' ? 'Agreement number' : 'Account number'}
              autoComplete="off"
              spellCheck={false}
              value={answers.agreementNumber}
              onChange={(event) => {
                set('agreementNumber')(event.target.value);
              }}
            />
            <DateInputField
              id="answer-dob"
              legend="Date of birth"
              value={answers.dateOfBirth}
              onChange={set('dateOfBirth')}
            />
            {asks('postcode') ? (
              <TextField
                id="answer-postcode"
                label="Postcode"
                autoComplete="off"
                value={answers.postcode}
                onChange={(event) => {
                  set('postcode')(event.target.value);
                }}
              />
            ) : null}
            {asks('ssnLast4') ? (
              <TextField
                id="answer-ssn"
                label="Last 4 digits of the Social Security number"
                inputMode="numeric"
                autoComplete="off"
                value={answers.ssnLast4}
                onChange={(event) => {
                  set('ssnLast4')(event.target.value);
                }}
              />
            ) : null}
            {asks('lastPaymentAmount') ? (
              <TextField
                id="answer-last-payment"
                label="Amount of the last payment"
                hint="As the caller says it, e.g. 245.50. Leave blank if they do not know."
                inputMode="decimal"
                autoComplete="off"
                value={answers.lastPaymentAmount}
                error={fieldErrors['answers.lastPaymentAmount']}
                onChange={(event) => {
                  set('lastPaymentAmount')(event.target.value);
                }}
              />
            ) : null}
            <Button type="submit" busy={verify.isPending}>
              Check answers
            </Button>
          </form>
        </>
      ) : (
        <Alert tone="success" title="Caller verified">
          <p>
            You verified the caller at <InstantText at={current.at} />. Sensitive actions are
            allowed until <InstantText at={current.validUntil} />, then check again.
          </p>
        </Alert>
      )}
      {verification.recent.length === 0 ? null : (
        <details className="recent-checks">
          <summary>Recent checks ({verification.recent.length})</summary>
          <ul>
            {verification.recent.map((check) => (
              <li key={check.id}>
                <InstantText at={check.at} />: {check.outcome === 'passed' ? 'Passed' : 'Failed'},
                by {check.staffName}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
