import { zodResolver } from '@hookform/resolvers/zod';
import { updateTransactionCaseInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, Field } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';
import '../inbox/inbox.css';

type Values = z.input<typeof updateTransactionCaseInput>;
const resolver = zodResolver(updateTransactionCaseInput);
const FIELDS = ['status', 'note', 'outcome'] as const;

/**
 * Moves an undecided case on: investigating with a note, or decided (resolved or rejected) with
 * an outcome the customer reads. The note stays with staff.
 */
export function CaseUpdateForm({
  caseId,
  current,
  onUpdated,
}: {
  caseId: string;
  current: 'open' | 'investigating';
  onUpdated: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.transactionCases.update.mutationOptions());
  const form = useForm<Values>({
    resolver,
    defaultValues: {
      caseId,
      status: current === 'open' ? 'investigating' : 'resolved',
      note: '',
      outcome: '',
    },
  });
  const { errors } = form.formState;
  const status = useWatch({ control: form.control, name: 'status' });
  const deciding = status === 'resolved' || status === 'rejected';

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    try {
      await update.mutateAsync(values);
      form.reset({ caseId, status: 'resolved', note: '', outcome: '' });
      setSaved(true);
      await onUpdated();
    } catch (error) {
      setFailure(showApiProblem(apiProblem(error), form.setError, FIELDS));
    }
  });

  return (
    <section aria-labelledby="update-heading">
      <h2 id="update-heading">Update the case</h2>
      {saved ? <Alert tone="success">Case updated.</Alert> : null}
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <ErrorSummary problems={summaryOf(errors, [...FIELDS])} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field id="status" label="New status" error={errors.status?.message}>
          {(control) => (
            <select className="mq-select" {...control} {...form.register('status')}>
              {current === 'open' ? <option value="investigating">Investigating</option> : null}
              <option value="resolved">Resolved</option>
              <option value="rejected">Rejected</option>
            </select>
          )}
        </Field>
        <Field
          id="note"
          label="Note for the case history"
          hint="What you did or found. Only staff read this."
          error={errors.note?.message}
        >
          {(control) => (
            <textarea
              rows={4}
              {...form.register('note')}
              {...control}
              className="mq-input message-body"
            />
          )}
        </Field>
        {deciding ? (
          <Field
            id="outcome"
            label="Outcome for the customer"
            hint="The customer reads this under Messages. They are e-mailed only that there is news."
            error={errors.outcome?.message}
          >
            {(control) => (
              <textarea
                rows={4}
                {...form.register('outcome')}
                {...control}
                className="mq-input message-body"
              />
            )}
          </Field>
        ) : null}
        <Button type="submit" busy={update.isPending}>
          {deciding ? 'Decide the case' : 'Save'}
        </Button>
      </form>
    </section>
  );
}
