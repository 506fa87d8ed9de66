import type { StaffRouterOutputs } from '@marque/api';
import { Button, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { useSignedInStaff } from '../auth/require-staff.js';

type Refund = StaffRouterOutputs['refunds']['list'][number];

/**
 * What this supervisor may do with a refund: decide one someone else asked for (four eyes), or
 * retry one that failed. The server refuses the rest, whatever a page shows.
 */
export function RefundActions({
  refund,
  onDone,
}: {
  refund: Refund;
  onDone: (note: { text: string; tone: 'success' | 'error' }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useSignedInStaff();
  const [note, setNote] = useState('');
  const decide = useMutation(trpc.refunds.decide.mutationOptions());
  const retry = useMutation(trpc.refunds.retry.mutationOptions());

  const act = async (action: () => Promise<Refund>, done: (refund: Refund) => string) => {
    try {
      const refund = await action();
      onDone({ text: done(refund), tone: refund.status === 'failed' ? 'error' : 'success' });
    } catch (error) {
      onDone({ text: apiProblem(error).message, tone: 'error' });
    } finally {
      await queryClient.invalidateQueries(trpc.refunds.list.queryFilter());
      await queryClient.invalidateQueries(trpc.payments.search.queryFilter());
    }
  };

  if (refund.status === 'awaiting_approval') {
    if (refund.requestedBy.id === me.id) {
      return <span className="muted">You asked for it: another supervisor decides.</span>;
    }
    return (
      <div className="row-form">
        <TextField
          id={`decision-note-${refund.id}`}
          label="Note (optional)"
          autoComplete="off"
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
        <div className="row-actions__buttons">
          <Button
            busy={decide.isPending && decide.variables.decision === 'approve'}
            onClick={() =>
              void act(
                () => decide.mutateAsync({ refundId: refund.id, decision: 'approve', note }),
                (done) =>
                  done.status === 'completed'
                    ? `Approved and refunded to ${refund.customerName}.`
                    : `Approved, but not paid back: ${done.failureReason ?? 'try again'}.`,
              )
            }
          >
            Approve
          </Button>
          <Button
            variant="danger"
            busy={decide.isPending && decide.variables.decision === 'reject'}
            onClick={() =>
              void act(
                () => decide.mutateAsync({ refundId: refund.id, decision: 'reject', note }),
                () => 'Refund rejected.',
              )
            }
          >
            Reject
          </Button>
        </div>
      </div>
    );
  }
  if (refund.status === 'failed') {
    return (
      <Button
        variant="secondary"
        busy={retry.isPending}
        onClick={() =>
          void act(
            () => retry.mutateAsync({ refundId: refund.id }),
            (done) =>
              done.status === 'completed'
                ? `Refunded to ${refund.customerName}.`
                : `Still not paid back: ${done.failureReason ?? 'try again later'}.`,
          )
        }
      >
        Retry
      </Button>
    );
  }
  return null;
}
