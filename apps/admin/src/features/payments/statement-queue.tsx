import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Button, DateText, Money, Spinner, TextField } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';

type Line = StaffRouterOutputs['payments']['statementLines'][number];

/** The statement lines no single agreement matched, oldest first, for staff to pay or dismiss. */
export function StatementQueue() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.payments.statementLines.queryOptions({ status: 'unmatched' }));
  const [note, setNote] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);

  if (queue.isError) return <Alert tone="error">{apiProblem(queue.error).message}</Alert>;
  if (queue.data === undefined) return <Spinner label="Loading the queue…" />;
  return (
    <>
      {note === null ? null : <Alert tone={note.tone}>{note.text}</Alert>}
      {queue.data.length === 0 ? (
        <p className="muted">Nothing is waiting: every imported line found its agreement.</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Unmatched statement lines"
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Amount</th>
                <th scope="col">Reference on the statement</th>
                <th scope="col">Resolve</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map((line) => (
                <tr key={line.id}>
                  <td className="nowrap">
                    <DateText date={line.receivedOn} format="short" />
                  </td>
                  <td className="nowrap">
                    <Money amount={line.amount} currency={line.currency} />
                  </td>
                  <th scope="row">
                    {line.reference === '' ? <span className="muted">(none)</span> : line.reference}
                    <span className="member-contact">
                      {line.bankTransactionId ?? 'No bank id'} · {line.fileName}
                    </span>
                  </th>
                  <td>
                    <ResolveLine line={line} onDone={setNote} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Pay one line to an agreement, or dismiss it; either with a reason for the audit log. */
function ResolveLine({
  line,
  onDone,
}: {
  line: Line;
  onDone: (note: { text: string; tone: 'success' | 'error' }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'assign' | 'dismiss' | null>(null);
  const [agreementNumber, setAgreementNumber] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const assign = useMutation(trpc.payments.assignStatementLine.mutationOptions());
  const dismiss = useMutation(trpc.payments.dismissStatementLine.mutationOptions());

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    try {
      if (mode === 'assign') {
        await assign.mutateAsync({ lineId: line.id, agreementNumber, reason });
        onDone({ text: `Paid to ${agreementNumber.toUpperCase()}.`, tone: 'success' });
      } else {
        await dismiss.mutateAsync({ lineId: line.id, reason });
        onDone({ text: 'Line dismissed.', tone: 'success' });
      }
      await queryClient.invalidateQueries(trpc.payments.statementLines.queryFilter());
      await queryClient.invalidateQueries(trpc.payments.search.queryFilter());
    } catch (error) {
      const problem = apiProblem(error);
      if (Object.keys(problem.fieldErrors).length > 0) setErrors(problem.fieldErrors);
      else onDone({ text: problem.message, tone: 'error' });
    }
  };

  if (mode === null) {
    return (
      <div className="row-actions__buttons">
        <Button
          variant="secondary"
          onClick={() => {
            setMode('assign');
          }}
        >
          Pay to an agreement
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setMode('dismiss');
          }}
        >
          Dismiss
        </Button>
      </div>
    );
  }
  return (
    <form noValidate className="row-form" onSubmit={(event) => void submit(event)}>
      {mode === 'assign' ? (
        <TextField
          id={`agreement-${line.id}`}
          label="Agreement number"
          autoComplete="off"
          spellCheck={false}
          value={agreementNumber}
          error={errors.agreementNumber}
          onChange={(event) => {
            setAgreementNumber(event.target.value);
          }}
        />
      ) : null}
      <TextField
        id={`reason-${line.id}`}
        label={mode === 'assign' ? 'How you know it is theirs' : 'Why it is not a customer payment'}
        autoComplete="off"
        value={reason}
        error={errors.reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="row-actions__buttons">
        <Button type="submit" busy={assign.isPending || dismiss.isPending}>
          {mode === 'assign' ? 'Pay it' : 'Dismiss it'}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setMode(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
