import { zodResolver } from '@hookform/resolvers/zod';
import { reportTransactionInput, type TransactionEntryType } from '@marque/schemas';
import { Alert, Button, Card, DateText, ErrorSummary, Field, Money, Spinner } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { useBrand } from '../brand.js';
import { agreementPath } from '../features/agreements/agreement-sections.js';
import { BankRole } from '../features/transaction-cases/bank-role.js';
import { reasonChoices } from '../features/transaction-cases/reason-text.js';
import type { ReportedEntry } from '../features/transaction-cases/transaction-case-types.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';
import '../features/messages/messages.css';
import '../features/transaction-cases/transaction-cases.css';

const reportForm = reportTransactionInput.pick({ reason: true, details: true });
type ReportValues = z.input<typeof reportForm>;

function isEntryType(value: string): value is TransactionEntryType {
  return value === 'ledger_entry' || value === 'payment';
}

/** "Report a problem" with one ledger entry or payment: what is wrong, in a click or two. */
export function Component() {
  const { entryType = '', entryId = '' } = useParams();
  const trpc = useTRPC();
  const entry = useQuery({
    ...trpc.transactionCases.entry.queryOptions({
      entryType: isEntryType(entryType) ? entryType : 'ledger_entry',
      entryId,
    }),
    retry: false,
  });
  return (
    <Page title="Report a problem">
      {entry.isPending ? <Spinner label="Loading the transaction" /> : null}
      {entry.isError ? (
        <Alert tone="error" title="We could not find that transaction">
          <p>
            Go back to <Link to="/">your dashboard</Link> and choose it again.
          </p>
        </Alert>
      ) : null}
      {entry.data === undefined ? null : <ReportForm entry={entry.data} />}
    </Page>
  );
}

function EntrySummary({ entry }: { entry: ReportedEntry }) {
  return (
    <dl className="reported-entry">
      <dt>Agreement</dt>
      <dd>{entry.agreementNumber}</dd>
      <dt>Date</dt>
      <dd>
        <DateText date={entry.date} />
      </dd>
      <dt>Details</dt>
      <dd>{entry.description}</dd>
      <dt>Amount</dt>
      <dd>
        <Money amount={entry.amount} currency={entry.currency} />
      </dd>
    </dl>
  );
}

function ReportForm({ entry }: { entry: ReportedEntry }) {
  const brand = useBrand();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
  const [problem, setProblem] = useState<string | null>(null);
  const report = useMutation(trpc.transactionCases.report.mutationOptions());
  const form = useForm<ReportValues>({
    resolver: zodResolver(reportForm),
    defaultValues: { details: '' },
  });
  const { errors } = form.formState;
  const reason = useWatch({ control: form.control, name: 'reason' });
  // A collection taken in error only fits a Direct Debit (or a line of the history it made).
  const choices = reasonChoices(brand.market).filter(
    (choice) =>
      choice.reason !== 'direct_debit_error' ||
      entry.paymentMethod === null ||
      entry.paymentMethod === 'direct_debit',
  );

  const backSection = entry.entryType === 'payment' ? 'payments' : 'transactions';

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      await report.mutateAsync({
        entryType: entry.entryType,
        entryId: entry.entryId,
        reason: values.reason,
        details: values.details,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.transactionCases.list.queryKey() });
    } catch (error) {
      setProblem(
        applyApiProblem(toProblem(error), form.setError, { reason: 'reason', details: 'details' }),
      );
    }
  });

  if (report.data !== undefined) {
    return (
      <Card>
        <Alert
          tone="success"
          title={
            report.data.alreadyReported
              ? 'You have already reported this'
              : 'Thank you: we have your report'
          }
        >
          <p>
            Your reference is <strong>{report.data.reference}</strong>.{' '}
            {report.data.alreadyReported
              ? 'We are still looking into it and will let you know the outcome.'
              : 'We have e-mailed you to confirm and aim to reply within five working days.'}
          </p>
        </Alert>
        {reason === 'direct_debit_error' ? <BankRole /> : null}
        <p>
          You can follow it under <Link to="/messages">Messages</Link>, or go back to{' '}
          <Link to={agreementPath(entry.agreementId, backSection)}>your agreement</Link>.
        </p>
      </Card>
    );
  }

  return (
    <Card>
      <p>
        <Link to={agreementPath(entry.agreementId, backSection)}>Back to your agreement</Link>
      </p>
      <h2 className="mq-visually-hidden">The transaction</h2>
      <EntrySummary entry={entry} />
      {problem === null ? null : <Alert tone="error">{problem}</Alert>}
      <ErrorSummary problems={formProblems(errors, ['reason', 'details'])} />
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        className="mq-stack mq-stack--medium"
      >
        <Field
          as="fieldset"
          label="What is wrong?"
          id="reason-group"
          error={errors.reason?.message}
        >
          {() => (
            <div className="problem-reasons">
              {choices.map((choice, index) => (
                <label key={choice.reason} className="problem-reason">
                  <input
                    type="radio"
                    value={choice.reason}
                    // The error summary's link lands on the first choice.
                    id={index === 0 ? 'reason' : undefined}
                    {...form.register('reason')}
                  />
                  <span>
                    {choice.label}
                    <span className="problem-reason__hint">{choice.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          )}
        </Field>
        {reason === 'direct_debit_error' ? <BankRole /> : null}
        <Field
          label="Anything else we should know? (optional)"
          hint="For example the amount you expected, or when you paid and how."
          error={errors.details?.message}
          id="details"
        >
          {(control) => (
            <textarea
              rows={5}
              {...form.register('details')}
              {...control}
              className="mq-input message-body"
            />
          )}
        </Field>
        <div className="form-actions">
          <Button type="submit" busy={report.isPending}>
            Send report
          </Button>
        </div>
      </form>
    </Card>
  );
}
