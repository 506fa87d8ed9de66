import { Alert, Button, Card, Stack, useStepFocus } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useBrand } from '../brand.js';
import { SupportPhoneLink } from '../features/agreements/support-phone-link.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';
import '../features/auth/not-me.css';

/**
 * "This wasn't me", from the link in a security alert. It asks first (mail scanners that open
 * links must not lock the account), then signs every device out, stops sign-in until a password
 * reset and tells our team, and says clearly what happened and what to do next.
 */
export function Component() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
  const { support } = useBrand();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const report = useMutation(
    trpc.auth.reportNotMe.mutationOptions({
      // This browser was signed out too: forget who was signed in.
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    }),
  );
  useStepFocus(report.isSuccess);

  if (report.isSuccess) {
    const { passkeysRemoved } = report.data;
    return (
      <Page title="We have secured your account">
        <Stack gap="medium" className="narrow">
          <Alert tone="success" title="Nobody can sign in to your account now">
            <p>
              We signed out every device that was signed in, and stopped all sign-ins until the
              password is reset.
              {passkeysRemoved > 0
                ? ` We also removed your ${passkeysRemoved === 1 ? 'passkey' : `${String(passkeysRemoved)} passkeys`}: add yours again once you are back in.`
                : ''}{' '}
              Our team has been told and may call you.
            </p>
          </Alert>
          <Card title="What to do next">
            <ol className="next-steps">
              <li>
                <strong>Reset your password.</strong>{' '}
                <Link to="/forgot-password">Choose a new password</Link> that you do not use
                anywhere else. The reset link goes to your e-mail address and lets you sign in
                again.
              </li>
              <li>
                <strong>Secure your e-mail account.</strong> Change its password too, turn on its
                two-step verification, and check that no forwarding rules or recovery addresses were
                added that you do not recognise.
              </li>
              <li>
                <strong>Call us</strong> on <SupportPhoneLink phone={support.phone} /> (
                {support.hours}) if anything on your account looks wrong, such as contact details or
                payments you did not make.
              </li>
            </ol>
          </Card>
        </Stack>
      </Page>
    );
  }

  if (token === '') {
    return (
      <Page title="Secure your account">
        <Alert tone="error" title="This link is not complete">
          <p>
            Open the link from the e-mail again, or copy the whole link into your browser. If you
            are worried about your account, <Link to="/forgot-password">reset your password</Link>{' '}
            or call us on <SupportPhoneLink phone={support.phone} />.
          </p>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title="Secure your account">
      <div className="narrow">
        {report.isError ? <Alert tone="error">{toProblem(report.error).message}</Alert> : null}
        <p>
          You followed the <strong>&ldquo;This wasn&rsquo;t me&rdquo;</strong> link in one of our
          security e-mails. If someone else signed in or changed your account, we can shut them out
          now:
        </p>
        <ul>
          <li>every device signed in to your account is signed out, including this one;</li>
          <li>nobody can sign in, not even with the right password, until it is reset;</li>
          <li>our team is told, so that we can check your account with you.</li>
        </ul>
        <div className="form-actions">
          <Button
            variant="danger"
            busy={report.isPending}
            onClick={() => {
              report.mutate({ token });
            }}
          >
            Sign everyone out and lock my account
          </Button>
          <Link to="/">It was me after all</Link>
        </div>
      </div>
    </Page>
  );
}
