import { zodResolver } from '@hookform/resolvers/zod';
import { staffCodeInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, OneTimeCodeField } from '@marque/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';

type Values = z.input<typeof staffCodeInput>;
const resolver = zodResolver(staffCodeInput);

/**
 * The authenticator code that completes a sign-in (`send` verifies an enrolled app or confirms a
 * new one). When the sign-in step has expired, the way back to the start is offered.
 */
export function CodeForm({
  send,
  busy,
  submitLabel,
}: {
  send: (values: { code: string }) => Promise<unknown>;
  busy: boolean;
  submitLabel: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ message: string; expired: boolean } | null>(null);
  const form = useForm<Values>({ resolver, defaultValues: { code: '' } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await send(values);
      await queryClient.invalidateQueries(trpc.staffAuth.me.queryFilter());
      await navigate('/', { replace: true });
    } catch (error) {
      form.resetField('code');
      const problem = apiProblem(error);
      const message = showApiProblem(problem, form.setError, ['code']);
      if (message !== null) {
        setFailure({
          message,
          expired: problem.code === 'UNAUTHORIZED' && /expired/i.test(problem.message),
        });
      }
      form.setFocus('code');
    }
  });

  return (
    <>
      <ErrorSummary problems={summaryOf(errors, ['code'])} />
      {failure === null ? null : (
        <Alert tone="error">
          {failure.message}
          {failure.expired ? (
            <>
              {' '}
              <Link to="/sign-in">Sign in again</Link>
            </>
          ) : null}
        </Alert>
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <OneTimeCodeField
          id="code"
          label="Authenticator code"
          hint="The 6-digit code your authenticator app shows for the staff console."
          error={errors.code?.message}
          {...form.register('code')}
        />
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
