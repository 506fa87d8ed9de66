import { Alert, Button } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { signInNotice } from '../features/auth/sign-in-notice.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

/**
 * Confirms the e-mail address from the link in the registration e-mail. It waits for the customer
 * to press the button: mail scanners that open links must not use up the single-use token.
 */
export function Component() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const toProblem = useApiProblem();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());

  if (token === '') {
    return (
      <Page title="Confirm your e-mail address">
        <Alert tone="error" title="This link is not complete">
          <p>Open the link from the e-mail again, or copy the whole link into your browser.</p>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title="Confirm your e-mail address">
      <div className="narrow">
        {verify.isError ? (
          <Alert tone="error">{toProblem(verify.error).message}</Alert>
        ) : (
          <p>Confirm this is your e-mail address to finish registering.</p>
        )}
        <Button
          busy={verify.isPending}
          onClick={() => {
            verify.mutate(
              { token },
              {
                onSuccess: () =>
                  void navigate('/sign-in', {
                    replace: true,
                    state: signInNotice('email_verified'),
                  }),
              },
            );
          }}
        >
          Confirm my e-mail address
        </Button>
        <p>
          Link expired? <Link to="/register">Register again</Link> to get a new one.
        </p>
      </div>
    </Page>
  );
}
