import { zodResolver } from '@hookform/resolvers/zod';
import { confirmTotpInput, verifyMfaInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, OneTimeCodeField, TextField, useStepFocus } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { mfaChallengeOf } from '../features/auth/mfa-challenge-state.js';
import { PhishingWarning } from '../features/auth/phishing-warning.js';
import {
  PasskeyPromptClosed,
  passkeysSupported,
  PasskeyUnavailable,
  signWithPasskey,
} from '../features/passkeys/passkey-prompt.js';
import '../features/passkeys/passkeys.css';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

// The app's code is held to the form set-up confirmed; a recovery code only to the API's bounds.
const authenticatorCodeResolver = zodResolver(confirmTotpInput);
const recoveryCodeResolver = zodResolver(verifyMfaInput.pick({ code: true }));

type SecondFactorValues = z.input<typeof confirmTotpInput>;

/**
 * The second sign-in step: the authenticator's code, a passkey, or a recovery code when the phone
 * is not to hand.
 */
export function Component() {
  const location = useLocation();
  const started = mfaChallengeOf(location.state);
  if (started === null) {
    return (
      <Page title="Enter your security code">
        <Alert tone="warning" title="Please sign in again">
          <p>This step only works straight after entering your username and password.</p>
        </Alert>
        <p>
          <Link to="/sign-in">Sign in</Link>
        </p>
      </Page>
    );
  }
  return (
    <SecondFactor
      challenge={started.challenge}
      next={started.next}
      passkey={started.passkey && passkeysSupported()}
    />
  );
}

function SecondFactor({
  challenge,
  next,
  passkey,
}: {
  challenge: string;
  next: string;
  passkey: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toProblem = useApiProblem();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [codesLeft, setCodesLeft] = useState<number | null>(null);
  useStepFocus(codesLeft !== null);
  const form = useForm<SecondFactorValues>({
    resolver: useRecoveryCode ? recoveryCodeResolver : authenticatorCodeResolver,
    defaultValues: { code: '' },
  });
  const { errors } = form.formState;
  const verify = useMutation(trpc.auth.verifyMfa.mutationOptions());
  const passkeyOptions = useMutation(trpc.auth.mfaPasskeyOptions.mutationOptions());
  const verifyPasskey = useMutation(trpc.auth.verifyMfaPasskey.mutationOptions());

  const finish = async () => {
    await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
    await navigate(next, { replace: true });
  };

  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      const result = await verify.mutateAsync({ challenge, code });
      if (result.recoveryCodesLeft === null) await finish();
      else setCodesLeft(result.recoveryCodesLeft);
    } catch (error) {
      form.resetField('code');
      const message = applyApiProblem(toProblem(error), form.setError, { code: 'code' });
      setFailure(message);
      form.setFocus('code');
    }
  });

  const answerWithPasskey = async () => {
    setFailure(null);
    try {
      const { options } = await passkeyOptions.mutateAsync({ challenge });
      const response = await signWithPasskey(options);
      await verifyPasskey.mutateAsync({ challenge, response });
      await finish();
    } catch (error) {
      if (error instanceof PasskeyPromptClosed) return;
      setFailure(error instanceof PasskeyUnavailable ? error.message : toProblem(error).message);
    }
  };

  if (codesLeft !== null) {
    return (
      <Page title="You are signed in">
        <Alert tone={codesLeft <= 2 ? 'warning' : 'success'} title="You used a recovery code">
          <p>
            That code cannot be used again. You have {codesLeft} recovery{' '}
            {codesLeft === 1 ? 'code' : 'codes'} left.
            {codesLeft <= 2 ? ' Make new ones in Security so that you are not locked out.' : ''}
          </p>
        </Alert>
        <Button onClick={() => void finish()}>Continue</Button>
      </Page>
    );
  }

  return (
    <Page title="Enter your security code">
      <div className="narrow">
        <ErrorSummary problems={formProblems(errors, ['code'])} />
        {failure === null ? null : <Alert tone="error">{failure}</Alert>}
        <form noValidate onSubmit={(event) => void submit(event)}>
          {useRecoveryCode ? (
            <TextField
              key="recovery"
              id="code"
              label="Recovery code"
              hint="One of the codes you saved when you turned on two-step verification. Each works once."
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.code?.message}
              {...form.register('code')}
            />
          ) : (
            <OneTimeCodeField
              key="authenticator"
              id="code"
              label="Security code"
              hint="The 6-digit code your authenticator app shows now."
              error={errors.code?.message}
              {...form.register('code')}
            />
          )}
          <div className="form-actions">
            <Button type="submit" busy={verify.isPending}>
              Continue
            </Button>
            <Button
              variant="link"
              onClick={() => {
                setUseRecoveryCode((recovery) => !recovery);
                setFailure(null);
                form.reset({ code: '' });
              }}
            >
              {useRecoveryCode ? 'Use a code from my app instead' : 'Use a recovery code instead'}
            </Button>
          </div>
        </form>
        {passkey ? (
          <div className="passkey-alternative">
            <p className="passkey-alternative__divider">or</p>
            <Button
              variant="secondary"
              busy={passkeyOptions.isPending || verifyPasskey.isPending}
              onClick={() => void answerWithPasskey()}
            >
              Use a passkey instead
            </Button>
          </div>
        ) : null}
        <p>
          Lost your phone and your recovery codes? <Link to="/help">Get help signing in</Link>.
        </p>
        <PhishingWarning />
      </div>
    </Page>
  );
}
