import { toIsoDate } from '@marque/domain';
import { Alert, Button, Card } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SignedInCustomer } from '../auth/use-session.js';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import type { Reauthentication } from './reauthentication.js';
import { ReauthenticationCancelled } from './reauthentication.js';
import { RecoveryCodes } from './recovery-codes.js';
import { TotpEnrolment, type TotpEnrolmentData } from './totp-enrolment.js';
import './security.css';

type Step =
  | { step: 'status' }
  | { step: 'enrolling'; enrolment: TotpEnrolmentData }
  | { step: 'codes'; codes: string[] }
  | { step: 'confirm_disable' };

export interface TwoStepVerificationProps {
  customer: SignedInCustomer;
  brandName: string;
  reauthentication: Reauthentication;
}

/** Two-step verification (TOTP): set it up, replace the recovery codes, or turn it off. */
export function TwoStepVerification({
  customer,
  brandName,
  reauthentication,
}: TwoStepVerificationProps) {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const queryClient = useQueryClient();
  const [state, setState] = useState<Step>({ step: 'status' });
  // A wrong code belongs under the code field; anything else goes at the top of the card.
  const [problem, setProblem] = useState<{ message: string; aboutCode: boolean } | null>(null);
  const startTotp = useMutation(trpc.mfa.startTotp.mutationOptions());
  const confirmTotp = useMutation(trpc.mfa.confirmTotp.mutationOptions());
  const regenerate = useMutation(trpc.mfa.regenerateRecoveryCodes.mutationOptions());
  const disable = useMutation(trpc.mfa.disable.mutationOptions());
  const { withRecentPassword } = reauthentication;

  const refreshCustomer = () =>
    queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });

  const attempt = async (action: () => Promise<void>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof ReauthenticationCancelled) return;
      const found = toProblem(error);
      const codeMessage = found.fieldErrors.code;
      setProblem({ message: codeMessage ?? found.message, aboutCode: codeMessage !== undefined });
    }
  };

  const actions = {
    start: () =>
      attempt(async () => {
        const enrolment = await withRecentPassword(() => startTotp.mutateAsync());
        setState({ step: 'enrolling', enrolment });
      }),
    confirm: (code: string) =>
      attempt(async () => {
        const { recoveryCodes } = await confirmTotp.mutateAsync({ code });
        setState({ step: 'codes', codes: recoveryCodes });
        await refreshCustomer();
      }),
    regenerate: () =>
      attempt(async () => {
        const { recoveryCodes } = await withRecentPassword(() => regenerate.mutateAsync());
        setState({ step: 'codes', codes: recoveryCodes });
        await refreshCustomer();
      }),
    disable: () =>
      attempt(async () => {
        await withRecentPassword(() => disable.mutateAsync());
        setState({ step: 'status' });
        await refreshCustomer();
      }),
  };

  const generalProblem =
    problem !== null && !problem.aboutCode ? <Alert tone="error">{problem.message}</Alert> : null;

  switch (state.step) {
    case 'enrolling':
      return (
        <Card title="Set up two-step verification">
          {generalProblem}
          <TotpEnrolment
            enrolment={state.enrolment}
            busy={confirmTotp.isPending}
            error={problem?.aboutCode ? problem.message : undefined}
            onConfirm={(code) => void actions.confirm(code)}
            onCancel={() => {
              setProblem(null);
              setState({ step: 'status' });
            }}
          />
        </Card>
      );
    case 'codes':
      return (
        <Card title="Your recovery codes">
          <RecoveryCodes
            codes={state.codes}
            brandName={brandName}
            username={customer.username}
            today={toIsoDate(new Date())}
            onDone={() => {
              setState({ step: 'status' });
            }}
          />
        </Card>
      );
    case 'confirm_disable':
      return (
        <Card title="Turn off two-step verification?">
          {generalProblem}
          <p>
            Without it, anyone who learns your password can sign in to your account. We will e-mail
            you to confirm the change.
          </p>
          <div className="form-actions">
            <Button
              variant="danger"
              busy={disable.isPending}
              onClick={() => void actions.disable()}
            >
              Yes, turn it off
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setProblem(null);
                setState({ step: 'status' });
              }}
            >
              Keep it on
            </Button>
          </div>
        </Card>
      );
    case 'status':
      return (
        <Card title="Two-step verification">
          {generalProblem}
          {customer.mfaEnabled ? (
            <>
              <p>
                <strong>On.</strong> When you sign in we ask for a code from your authenticator app
                as well as your password.
              </p>
              <p>
                You have {customer.recoveryCodesLeft} recovery{' '}
                {customer.recoveryCodesLeft === 1 ? 'code' : 'codes'} left.
              </p>
              <div className="form-actions">
                <Button
                  variant="secondary"
                  busy={regenerate.isPending}
                  onClick={() => void actions.regenerate()}
                >
                  Get new recovery codes
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setProblem(null);
                    setState({ step: 'confirm_disable' });
                  }}
                >
                  Turn off two-step verification
                </Button>
              </div>
            </>
          ) : (
            <>
              <p>
                <strong>Off.</strong> Add a second step to signing in: a code from an authenticator
                app on your phone, so a stolen password alone cannot open your account.
              </p>
              <Button busy={startTotp.isPending} onClick={() => void actions.start()}>
                Set up two-step verification
              </Button>
            </>
          )}
        </Card>
      );
  }
}
