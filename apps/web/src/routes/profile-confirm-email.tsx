import { Alert, Button } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

/**
 * The e-mail verification step of changing the contact e-mail (/confirm-email?token=…, the link in
 * the message). It waits for a press rather than confirming on load, so a mail scanner that opens
 * links cannot confirm on the customer's behalf.
 */
export function Component() {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const confirm = useMutation(trpc.profile.confirmEmailChange.mutationOptions());

  if (confirm.isSuccess) {
    return (
      <Page title="Your e-mail address has changed">
        <Alert tone="success">
          <p>From now on we will write to {confirm.data.email}.</p>
        </Alert>
        <p>
          <Link to="/profile">Back to your details</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Confirm your new e-mail address">
      {confirm.isError ? <Alert tone="error">{toProblem(confirm.error).message}</Alert> : null}
      {token === '' ? (
        <Alert tone="error">
          <p>This link is not complete. Please copy the whole link from the e-mail.</p>
        </Alert>
      ) : (
        <>
          <p>Press the button to start using this address for your account.</p>
          <Button
            busy={confirm.isPending}
            onClick={() => {
              confirm.mutate({ token });
            }}
          >
            Confirm my new e-mail address
          </Button>
        </>
      )}
    </Page>
  );
}
