import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordInput } from '@marque/schemas';
import { Alert, Button, Card, ErrorSummary, PasswordField } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyApiProblem } from '../../forms/apply-api-problem.js';
import { formProblems } from '../../forms/form-problems.js';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { NewPasswordField } from '../auth/new-password-field.js';
import type { SignedInCustomer } from '../auth/use-session.js';

type ChangePasswordValues = z.input<typeof changePasswordInput>;

const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Changing the password: the current one proves it is the customer; the new one must pass the
 * domain's rules (the API says which and why). Every other session ends.
 */
export function ChangePasswordForm({ customer }: { customer: SignedInCustomer }) {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await change.mutateAsync(values);
      form.reset();
    } catch (error) {
      setFailure(
        applyApiProblem(toProblem(error), form.setError, {
          currentPassword: 'currentPassword',
          newPassword: 'newPassword',
        }),
      );
    }
  });

  const ended = change.data?.otherSessionsEnded ?? 0;
  return (
    <Card title="Password">
      {change.isSuccess ? (
        <Alert tone="success" title="Your password has been changed">
          <p>
            {ended === 0
              ? 'Use it the next time you sign in.'
              : `We signed you out everywhere else (${String(ended)} other ${ended === 1 ? 'device' : 'devices'}).`}
          </p>
        </Alert>
      ) : null}
      <ErrorSummary problems={formProblems(errors, FIELDS)} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <PasswordField
          id="currentPassword"
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
        <NewPasswordField
          id="newPassword"
          label="New password"
          hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
          password={form.watch('newPassword')}
          personal={{
            username: customer.username,
            email: customer.email,
            names: [customer.givenName, customer.familyName],
          }}
          error={errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <Button type="submit" busy={change.isPending}>
          Change password
        </Button>
      </form>
    </Card>
  );
}
