import type { StaffRouterOutputs } from '@marque/api';
import { Button, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';

type Payment = StaffRouterOutputs['payments']['search']['payments'][number];
type Refund = StaffRouterOutputs['refunds']['request'];

/** A key per refund asked for: a retried request is answered with the first refund. */
function newIdempotencyKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/** A supervisor asks to refund a paid payment, whole, with a reason. */
export function RefundButton({
  payment,
  onDone,
}: {
  payment: Payment;
  onDone: (outcome: { refund: Refund } | { error: string }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [key, setKey] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const request = useMutation(trpc.refunds.request.mutationOptions());

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (key === null) return;
    setError(undefined);
    try {
      const refund = await request.mutateAsync({
        paymentId: payment.id,
        reason,
        idempotencyKey: key,
      });
      setKey(null);
      setReason('');
      onDone({ refund });
      await queryClient.invalidateQueries(trpc.payments.search.queryFilter());
      await queryClient.invalidateQueries(trpc.refunds.list.queryFilter());
    } catch (failure) {
      const problem = apiProblem(failure);
      if (problem.fieldErrors.reason !== undefined) setError(problem.fieldErrors.reason);
      else onDone({ error: problem.message });
    }
  };

  if (key === null) {
    return (
      <Button
        variant="secondary"
        onClick={() => {
          setKey(newIdempotencyKey());
        }}
      >
        Refund
      </Button>
    );
  }
  return (
    <form noValidate className="row-form" onSubmit={(event) => void submit(event)}>
      <TextField
        id={`refund-reason-${payment.id}`}
        label="Reason for the refund"
        autoComplete="off"
        value={reason}
        error={error}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="row-actions__buttons">
        <Button type="submit" variant="danger" busy={request.isPending}>
          Ask to refund
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setKey(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
