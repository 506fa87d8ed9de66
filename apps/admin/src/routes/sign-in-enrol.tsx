import { Alert, Button, Spinner } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { CodeForm } from '../features/auth/code-form.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/**
 * First sign-in (or after an administrator's reset): set up an authenticator app from the QR
 * code, then confirm it with its first code, which also completes the sign-in.
 */
export function Component() {
  const trpc = useTRPC();
  const start = useMutation(trpc.staffAuth.startTotpEnrolment.mutationOptions());
  const enrol = useMutation(trpc.staffAuth.enrolTotp.mutationOptions());
  const { mutate } = start;
  // Once per visit: each start replaces the pending secret, so a second one would orphan the QR code.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  return (
    <Page title="Set up your authenticator app">
      <div className="narrow">
        {start.isError ? (
          <Alert tone="error" title="We could not start the set-up">
            <p>{apiProblem(start.error).message}</p>
            <p>
              <Link to="/sign-in">Sign in again</Link>
            </p>
          </Alert>
        ) : start.data === undefined ? (
          <Spinner label="Preparing your QR code…" />
        ) : (
          <>
            <p>
              The staff console always asks for a code from an authenticator app. Scan this QR code
              with the app on your work phone.
            </p>
            <img
              className="qr-code"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(start.data.qrSvg)}`}
              alt="QR code for your authenticator app"
              width={200}
              height={200}
            />
            <details className="manual-key">
              <summary>Cannot scan? Enter the key by hand</summary>
              <p>
                Key: <code className="secret">{start.data.secret}</code>
              </p>
            </details>
            <CodeForm
              send={enrol.mutateAsync}
              busy={enrol.isPending}
              submitLabel="Confirm and sign in"
            />
            <p>
              <Button
                variant="link"
                onClick={() => {
                  mutate();
                }}
              >
                Show a new QR code
              </Button>
            </p>
          </>
        )}
      </div>
    </Page>
  );
}
