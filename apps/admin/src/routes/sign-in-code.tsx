import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CodeForm } from '../features/auth/code-form.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** Staff sign-in, step two: the code from the enrolled authenticator app. */
export function Component() {
  const trpc = useTRPC();
  const verify = useMutation(trpc.staffAuth.verifyTotp.mutationOptions());
  return (
    <Page title="Enter your authenticator code">
      <div className="narrow">
        <CodeForm send={verify.mutateAsync} busy={verify.isPending} submitLabel="Sign in" />
        <p className="muted">
          Lost your phone? An administrator can reset your two-step verification.{' '}
          <Link to="/sign-in">Start again</Link>
        </p>
      </div>
    </Page>
  );
}
