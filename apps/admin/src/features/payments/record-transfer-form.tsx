import type { StaffRouterOutputs } from '@marque/api';
import { zodResolver } from '@hookform/resolvers/zod';
import { recordBankTransferInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, Money, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';

type Values = z.input<typeof recordBankTransferInput>;
type Recorded = StaffRouterOutputs['payments']['recordBankTransfer'];
const resolver = zodResolver(recordBankTransferInput);
const FIELDS = ['agreementNumber', 'amount', 'receivedOn', 'bankReference'] as const;

/** Money seen on the bank statement, entered against the agreement its reference names. */
export function RecordTransferForm({ today }: { today: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The form checks with the procedure's own schema; the typed text goes to the API, which reads it again.
  const form = useForm<Values, unknown, z.output<typeof recordBankTransferInput>>({
    resolver,
    defaultValues: { agreementNumber: '', amount: '', receivedOn: today, bankReference: '' },
  });
  const { errors } = form.formState;
  const record = useMutation(trpc.payments.recordBankTransfer.mutationOptions());

  const submit = form.handleSubmit(async () => {
    const values = form.getValues();
    setFailure(null);
    setRecorded(null);
    try {
      setRecorded(await record.mutateAsync(values));
      form.reset({
        agreementNumber: '',
        amount: '',
        receivedOn: values.receivedOn,
        bankReference: '',
      });
      await queryClient.invalidateQueries(trpc.payments.search.queryFilter());
    } catch (error) {
      setFailure(showApiProblem(apiProblem(error), form.setError, FIELDS));
    }
  });

  return (
    <>
      {recorded === null ? null : (
        <Alert tone={recorded.created ? 'success' : 'info'}>
          {recorded.created ? 'Recorded ' : 'Already recorded: '}
          <Money amount={recorded.payment.amount} currency={recorded.payment.currency} /> for{' '}
          {recorded.payment.customerName} ({recorded.payment.agreementNumber}), received{' '}
          {recorded.payment.settledOn}.
        </Alert>
      )}
      <ErrorSummary problems={summaryOf(errors, [...FIELDS])} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate className="invite-form" onSubmit={(event) => void submit(event)}>
        <TextField
          id="agreementNumber"
          label="Agreement number"
          hint="The payment reference on the statement, e.g. MQ20240101"
          autoComplete="off"
          spellCheck={false}
          error={errors.agreementNumber?.message}
          {...form.register('agreementNumber')}
        />
        <TextField
          id="amount"
          label="Amount received"
          hint="e.g. 312.50"
          inputMode="decimal"
          autoComplete="off"
          error={errors.amount?.message}
          {...form.register('amount')}
        />
        <TextField
          id="receivedOn"
          type="date"
          label="Date received"
          max={today}
          error={errors.receivedOn?.message}
          {...form.register('receivedOn')}
        />
        <TextField
          id="bankReference"
          label="Bank transaction reference"
          hint="From the statement line: recording it twice records it once"
          autoComplete="off"
          spellCheck={false}
          error={errors.bankReference?.message}
          {...form.register('bankReference')}
        />
        <Button type="submit" busy={record.isPending}>
          Record the transfer
        </Button>
      </form>
    </>
  );
}
