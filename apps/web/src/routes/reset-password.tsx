import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, ErrorSummary } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { newPasswordForm, type NewPasswordValues } from '../features/auth/new-password-form.js';
import { NewPasswordField } from '../features/auth/new-password-field.js';
import { signInNotice } from '../features/auth/sign-in-notice.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

/**
 * A new password from the e-mailed link. It never signs the customer in (a reset must not bypass
 * two-step verification): success leads to the sign-in page.
 */
export function Component() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const toProblem = useApiProblem();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewPasswordValues>({
    resolver: zodResolver(newPasswordForm),
    defaultValues: { password: '' },
  });
  const { errors } = form.formState;
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const password = form.watch('password');

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await reset.mutateAsync({ token, password: values.password });
      await navigate('/sign-in', { replace: true, state: signInNotice('password_reset') });
    } catch (error) {
      setFailure(applyApiProblem(toProblem(error), form.setError, { password: 'password' }));
    }
  });

  if (token === '') {
    return (
      <Page title="Choose a new password">
        <Alert tone="error" title="This link is not complete">
          <p>
            Open the link from the e-mail again, or{' '}
            <Link to="/forgot-password">ask for a new one</Link>.
          </p>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title="Choose a new password">
      <div className="narrow">
        <ErrorSummary problems={formProblems(errors, ['password'])} />
        {failure === null ? null : (
          <Alert tone="error">
            <p>{failure}</p>
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          </Alert>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <NewPasswordField
            id="password"
            label="New password"
            hint="At least 12 characters. A few unrelated words are long and easy to remember. Do not reuse an old password."
            password={password}
            personal={{}}
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" busy={reset.isPending}>
            Change my password
          </Button>
        </form>
        <p>Changing your password signs you out everywhere else.</p>
      </div>
    </Page>
  );
}
