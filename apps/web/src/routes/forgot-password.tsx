import { zodResolver } from '@hookform/resolvers/zod';
import { passwordResetRequestInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, TextField, useStepFocus } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { PhishingWarning } from '../features/auth/phishing-warning.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

type ForgotPasswordValues = z.input<typeof passwordResetRequestInput>;

/** Asks for a password reset link; the confirmation is the same whether or not an account matched. */
export function Component() {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  useStepFocus(sent !== null);
  const form = useForm<ForgotPasswordValues>({
    resolver: zodResolver(passwordResetRequestInput),
    defaultValues: { usernameOrEmail: '' },
  });
  const { errors } = form.formState;
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      setSent((await request.mutateAsync(values)).message);
    } catch (error) {
      setFailure(
        applyApiProblem(toProblem(error), form.setError, { usernameOrEmail: 'usernameOrEmail' }),
      );
    }
  });

  if (sent !== null) {
    return (
      <Page title="Check your e-mail">
        <div className="narrow">
          <Alert tone="success">{sent}</Alert>
          <p>
            The link works once, for 30 minutes. If nothing arrives, check your junk folder, or{' '}
            <Link to="/forgot-username">find your username</Link> if you are not sure which one you
            used.
          </p>
          <p>
            <Link to="/sign-in">Back to sign in</Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Reset your password">
      <div className="narrow">
        <p>We will e-mail you a link to choose a new password.</p>
        <ErrorSummary problems={formProblems(errors, ['usernameOrEmail'])} />
        {failure === null ? null : <Alert tone="error">{failure}</Alert>}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="usernameOrEmail"
            label="Username or e-mail address"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            error={errors.usernameOrEmail?.message}
            {...form.register('usernameOrEmail')}
          />
          <Button type="submit" busy={request.isPending}>
            Send me a link
          </Button>
        </form>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
        <PhishingWarning />
      </div>
    </Page>
  );
}
