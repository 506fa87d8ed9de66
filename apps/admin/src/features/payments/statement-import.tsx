import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Button, Field } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { statementParts } from './statement-parts.js';

type Result = StaffRouterOutputs['payments']['importStatement'];
type Totals = Omit<Result, 'importId'>;

function add(a: Totals, b: Totals): Totals {
  return {
    lines: a.lines + b.lines,
    matched: a.matched + b.matched,
    unmatched: a.unmatched + b.unmatched,
    duplicates: a.duplicates + b.duplicates,
    debitsSkipped: a.debitsSkipped + b.debitsSkipped,
  };
}

const NONE: Totals = { lines: 0, matched: 0, unmatched: 0, duplicates: 0, debitsSkipped: 0 };

/** Imports the bank's CSV statement: matched lines are paid, the rest wait in the queue below. */
export function StatementImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [totals, setTotals] = useState<{ file: string; totals: Totals } | null>(null);
  const [problem, setProblem] = useState<{ message: string; rows: string | null } | null>(null);
  const upload = useMutation(trpc.payments.importStatement.mutationOptions());

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTotals(null);
    setProblem(null);
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setProblem({ message: 'Choose the statement file (CSV) to import.', rows: null });
      input.current?.focus();
      return;
    }
    const parts = statementParts(await file.text());
    let sum = NONE;
    try {
      for (const [index, content] of parts.entries()) {
        const fileName =
          parts.length === 1
            ? file.name
            : `${file.name} (part ${String(index + 1)} of ${String(parts.length)})`;
        sum = add(sum, await upload.mutateAsync({ fileName, content }));
      }
      setTotals({ file: file.name, totals: sum });
      if (input.current) input.current.value = '';
    } catch (error) {
      const found = apiProblem(error);
      setProblem({ message: found.message, rows: found.fieldErrors.content ?? null });
      if (sum.lines > 0) setTotals({ file: file.name, totals: sum });
    } finally {
      await queryClient.invalidateQueries(trpc.payments.statementLines.queryFilter());
      await queryClient.invalidateQueries(trpc.payments.search.queryFilter());
    }
  };

  return (
    <>
      {totals === null ? null : (
        <Alert tone="success" title={`Imported ${totals.file}`}>
          <ul className="import-totals">
            <li>{totals.totals.matched} paid to the agreement their reference names</li>
            <li>{totals.totals.unmatched} waiting in the queue for you</li>
            <li>{totals.totals.duplicates} already imported before (nothing added)</li>
            <li>
              {totals.totals.debitsSkipped} {totals.totals.debitsSkipped === 1 ? 'debit' : 'debits'}{' '}
              skipped
            </li>
          </ul>
        </Alert>
      )}
      <form noValidate className="statement-import" onSubmit={(event) => void submit(event)}>
        <Field
          id={fileId}
          label="Bank statement (CSV)"
          hint="Columns Date, Amount, Reference and Transaction ID, with a header row. Importing a file again, or one that overlaps, adds nothing twice."
          error={
            problem === null ? undefined : [problem.message, problem.rows].filter(Boolean).join(' ')
          }
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              name="statement"
              type="file"
              accept=".csv,text/csv"
              className="file-input"
            />
          )}
        </Field>
        <Button type="submit" busy={upload.isPending}>
          Import the statement
        </Button>
      </form>
    </>
  );
}
