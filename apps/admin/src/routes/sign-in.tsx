import { zodResolver } from '@hookform/resolvers/zod';
import { signInInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, PasswordField, TextField } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { apiProblem } from '../api-problem.js';
import { useStaffSession } from '../features/auth/use-staff-session.js';
import { showApiProblem, summaryOf } from '../forms/form-errors.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

type Values = z.input<typeof signInInput>;
const resolver = zodResolver(signInInput);

/** Why the member is back at sign-in, when the console sent them here. */
function noticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  if ('signedOut' in state) return 'You have signed out.';
  if ('sessionEnded' in state) return 'Your session has ended. Please sign in again.';
  return null;
}

/** Staff sign-in, step one: username and password; the authenticator code always follows. */
export function Component() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useStaffSession();
  const notice = noticeOf(location.state);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ resolver, defaultValues: { username: '', password: '' } });
  const { errors } = form.formState;
  const login = useMutation(trpc.staffAuth.login.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await login.mutateAsync(values);
      await navigate(result.status === 'totp_required' ? '/sign-in/code' : '/sign-in/enrol');
    } catch (error) {
      form.resetField('password');
      setFailure(showApiProblem(apiProblem(error), form.setError, ['username', 'password']));
      form.setFocus('password');
    }
  });

  if (session.status === 'signed_in') return <Navigate replace to="/" />;

  return (
    <Page title="Sign in to the staff console">
      <div className="narrow">
        {notice === null ? null : <Alert tone="info">{notice}</Alert>}
        <ErrorSummary problems={summaryOf(errors, ['username', 'password'])} />
        {failure === null ? null : <Alert tone="error">{failure}</Alert>}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="username"
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            error={errors.username?.message}
            {...form.register('username')}
          />
          <PasswordField
            id="password"
            label="Password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" busy={login.isPending}>
            Continue
          </Button>
        </form>
        <p className="muted">
          Staff accounts only. Every action in this console is recorded against your name. You will
          be signed out after 15 minutes without activity.
        </p>
      </div>
    </Page>
  );
}
