import type { signInInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, PasswordField, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { safeNextPath } from '../features/auth/next-path.js';
import { PhishingWarning } from '../features/auth/phishing-warning.js';
import { signInNoticeOf } from '../features/auth/sign-in-notice.js';
import { useSession } from '../features/auth/use-session.js';
import { PasskeySignIn } from '../features/passkeys/passkey-sign-in.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { lazyResolver } from '../forms/lazy-resolver.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

type SignInValues = z.input<typeof signInInput>;

const loadSignInResolver = () =>
  import('../features/auth/sign-in-resolver.js').then((module) => module.signInResolver);

// The first page every customer loads: zod and the resolver arrive just after it, not with it.
const signInResolver = lazyResolver(loadSignInResolver);

/**
 * Sign in with username and password (a customer with two-step verification goes on to the code),
 * or with a passkey alone.
 */
export function Component() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSession();
  const toProblem = useApiProblem();
  const [failure, setFailure] = useState<string | null>(null);
  const notice = signInNoticeOf(location.state);

  useEffect(() => {
    void loadSignInResolver();
  }, []);
  const form = useForm<SignInValues>({
    resolver: signInResolver,
    defaultValues: { username: '', password: '' },
  });
  const { errors } = form.formState;
  const login = useMutation(trpc.auth.login.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await login.mutateAsync(values);
      if (result.status === 'mfa_required') {
        await navigate('/sign-in/verify', {
          state: { challenge: result.challenge, next, passkey: result.passkey },
        });
        return;
      }
      await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      await navigate(next, { replace: true });
    } catch (error) {
      // The password is never kept after a failed attempt; the username is, to save retyping.
      form.resetField('password');
      const message = applyApiProblem(toProblem(error), form.setError, {
        username: 'username',
        password: 'password',
      });
      setFailure(message);
      if (message !== null) form.setFocus('password');
    }
  });

  if (session.status === 'signed_in' && !login.isPending) return <Navigate replace to={next} />;

  return (
    <Page title="Sign in">
      <div className="narrow">
        {notice === null ? null : <Alert tone="success">{notice}</Alert>}
        <ErrorSummary problems={formProblems(errors, ['username', 'password'])} />
        {failure === null ? null : <Alert tone="error">{failure}</Alert>}
        {errors.root === undefined ? null : <Alert tone="error">{errors.root.message}</Alert>}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="username"
            label="Username"
            autoComplete="username webauthn"
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
            Sign in
          </Button>
        </form>
        <PasskeySignIn next={next} />
        <ul className="link-list">
          <li>
            <Link to="/forgot-password">Forgotten your password?</Link>
          </li>
          <li>
            <Link to="/forgot-username">Forgotten your username?</Link>
          </li>
          <li>
            New to online access? <Link to="/register">Register for an account</Link>
          </li>
          <li>
            <Link to="/help">Problems signing in?</Link>
          </li>
        </ul>
        <PhishingWarning />
      </div>
    </Page>
  );
}
