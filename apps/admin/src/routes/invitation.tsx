import { zodResolver } from '@hookform/resolvers/zod';
import { acceptStaffInvitationInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, PasswordField, Spinner } from '@marque/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { ROLE_LABELS } from '../features/navigation/console-sections.js';
import { showApiProblem, summaryOf } from '../forms/form-errors.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

const resolver = zodResolver(acceptStaffInvitationInput.pick({ password: true }));

/** The invitation link: choose a password, then set up the authenticator app. */
export function Component() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const invitation = useQuery({
    ...trpc.staffInvitation.get.queryOptions({ token }),
    enabled: token !== '',
    retry: false,
  });
  const accept = useMutation(trpc.staffInvitation.accept.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ password: string }>({ resolver, defaultValues: { password: '' } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await accept.mutateAsync({ token, password });
      await navigate('/sign-in/enrol', { replace: true });
    } catch (error) {
      setFailure(showApiProblem(apiProblem(error), form.setError, ['password']));
    }
  });

  if (token === '' || invitation.isError) {
    return (
      <Page title="Accept your invitation">
        <Alert tone="error" title="This invitation link does not work">
          <p>
            {token === ''
              ? 'The link is not complete. Please copy the whole link from the e-mail.'
              : apiProblem(invitation.error).message}
          </p>
        </Alert>
      </Page>
    );
  }
  if (invitation.data === undefined) return <Spinner label="Checking your invitation…" />;

  return (
    <Page title="Accept your invitation">
      <div className="narrow">
        <p>
          Welcome, {invitation.data.displayName}. You are invited as{' '}
          {/^[aeiou]/.test(invitation.data.role) ? 'an' : 'a'}{' '}
          <strong>{ROLE_LABELS[invitation.data.role].toLowerCase()}</strong>. Your username is{' '}
          <strong>{invitation.data.username}</strong>.
        </p>
        <ErrorSummary problems={summaryOf(errors, ['password'])} />
        {failure === null ? null : <Alert tone="error">{failure}</Alert>}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={invitation.data.username}
            readOnly
            hidden
          />
          <PasswordField
            id="password"
            label="Choose a password"
            hint="At least 12 characters. A few unrelated words work well; avoid anything built from your name."
            autoComplete="new-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" busy={accept.isPending}>
            Set password and continue
          </Button>
        </form>
        <p className="muted">Next you will set up an authenticator app on your phone.</p>
      </div>
    </Page>
  );
}
