import type { ConsoleRunKindName } from '@marque/schemas';
import { Alert, Button, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { KIND_LABELS } from './run-labels.js';

const EXPLANATIONS: Readonly<Record<ConsoleRunKindName, string>> = {
  collection:
    'Imports the bank’s reports, sends advance notices and submits the day’s collections. Run it each working day.',
  statement:
    'Issues every active agreement’s statement for a month that has ended: e-mailed to paperless customers, queued for printing for the rest.',
  reminders:
    'Payment reminders before instalments without a Direct Debit, and missed-payment notices.',
};

/** Starts one kind of run for a day (or, for statements, a month). */
export function StartRun({ kind, defaultKey }: { kind: ConsoleRunKindName; defaultKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [key, setKey] = useState(defaultKey);
  const [error, setError] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState<string | null>(null);
  const start = useMutation(trpc.runs.start.mutationOptions());
  const field = kind === 'statement' ? 'period' : 'runDate';

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setRefusal(null);
    try {
      await start.mutateAsync(
        kind === 'statement' ? { kind, period: key } : { kind, runDate: key },
      );
    } catch (failure) {
      const problem = apiProblem(failure);
      if (problem.fieldErrors[field] !== undefined) setError(problem.fieldErrors[field]);
      else setRefusal(problem.message);
    } finally {
      await queryClient.invalidateQueries(trpc.runs.list.queryFilter());
    }
  };

  return (
    <form noValidate className="start-run" onSubmit={(event) => void submit(event)}>
      <h3>{KIND_LABELS[kind]}</h3>
      <p className="muted">{EXPLANATIONS[kind]}</p>
      {refusal === null ? null : <Alert tone="warning">{refusal}</Alert>}
      <TextField
        id={`run-${kind}`}
        label={kind === 'statement' ? 'Month' : 'Day'}
        type={kind === 'statement' ? 'month' : 'date'}
        hint={kind === 'statement' ? 'e.g. 2026-10' : undefined}
        value={key}
        error={error}
        onChange={(event) => {
          setKey(event.target.value);
        }}
      />
      <Button type="submit" busy={start.isPending}>
        Start
      </Button>
    </form>
  );
}
