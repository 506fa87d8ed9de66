import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, PasswordField, useLocale } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { NewPasswordField } from '../auth/new-password-field.js';
import type { SignedInCustomer } from '../auth/use-session.js';
import { useTRPC } from '../../trpc.js';

const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.'),
  newPassword: z.string().min(1, 'Enter a new password.'),
});

type ChangePasswordValues = z.infer<typeof changePasswordSchema>;

const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Changing the password: the current one proves it is the customer; the new one must pass the
 * domain's rules (the API says which and why). Every other session ends.
 */
export function ChangePasswordForm({ customer }: { customer: SignedInCustomer }) {
  const trpc = useTRPC();
  const locale = useLocale();
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const { errors } = form.formState;
  const problem = change.error ? apiProblem(change.error, new Date(), locale) : null;
  const fieldProblem = problem !== null && FIELDS.some((field) => field in problem.fieldErrors);

  const submit = form.handleSubmit(async (values) => {
    try {
      await change.mutateAsync(values);
      form.reset();
    } catch (error) {
      const { fieldErrors } = apiProblem(error, new Date(), locale);
      for (const field of FIELDS) {
        const message = fieldErrors[field];
        if (message !== undefined) form.setError(field, { message }, { shouldFocus: true });
      }
    }
  });

  return (
    <Card title="Password">
      {change.isSuccess ? (
        <Alert tone="success" title="Your password has been changed">
          <p>
            {change.data.otherSessionsEnded === 0
              ? 'Use it the next time you sign in.'
              : `We signed you out everywhere else (${String(change.data.otherSessionsEnded)} other ${change.data.otherSessionsEnded === 1 ? 'device' : 'devices'}).`}
          </p>
        </Alert>
      ) : null}
      {problem !== null && !fieldProblem ? <Alert tone="error">{problem.message}</Alert> : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <PasswordField
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
        <NewPasswordField
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
