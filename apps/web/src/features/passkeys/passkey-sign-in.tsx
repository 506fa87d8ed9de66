import type { AuthenticationResponseJSON } from '@simplewebauthn/browser';
import { Alert, Button } from '@marque/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTRPC, useTRPCClient } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import {
  cancelPasskeyRequest,
  passkeyAutofillSupported,
  PasskeyPromptClosed,
  passkeysSupported,
  PasskeyUnavailable,
  signWithPasskey,
} from './passkey-prompt.js';
import './passkeys.css';

/**
 * "Sign in with a passkey" on the sign-in page. Where the browser supports it, a passkey request
 * also waits in the background from the moment the page opens, so the browser lists the customer's
 * passkeys among the username field's suggestions (that field is marked `username webauthn`).
 */
export function PasskeySignIn({ next }: { next: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toProblem = useApiProblem();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // False once the page is left: an autofill request whose options arrive later is not started.
  const autofillWanted = useRef(false);

  const signIn = useCallback(
    async (autofill: boolean) => {
      // A waiting autofill request is quiet: the button shows progress only once a passkey answers,
      // and nothing is reported unless the customer picked one.
      setBusy(!autofill);
      let answered = false;
      try {
        const { options } = await client.auth.passkeyOptions.mutate();
        if (autofill && !autofillWanted.current) return;
        const response: AuthenticationResponseJSON = await signWithPasskey(options, autofill);
        answered = true;
        setBusy(true);
        setProblem(null);
        await client.auth.loginWithPasskey.mutate({ response });
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        await navigate(next, { replace: true });
      } catch (error) {
        if (error instanceof PasskeyPromptClosed || (autofill && !answered)) return;
        setProblem(error instanceof PasskeyUnavailable ? error.message : toProblem(error).message);
      } finally {
        setBusy(false);
      }
    },
    [client, navigate, next, queryClient, toProblem, trpc],
  );

  useEffect(() => {
    autofillWanted.current = true;
    void passkeyAutofillSupported().then((supported) => {
      if (supported && autofillWanted.current) void signIn(true);
    });
    return () => {
      autofillWanted.current = false;
      cancelPasskeyRequest();
    };
  }, [signIn]);

  if (!passkeysSupported()) return null;
  return (
    <div className="passkey-alternative">
      <p className="passkey-alternative__divider">or</p>
      {problem === null ? null : <Alert tone="error">{problem}</Alert>}
      <Button
        variant="secondary"
        busy={busy}
        onClick={() => {
          setProblem(null);
          void signIn(false);
        }}
      >
        Sign in with a passkey
      </Button>
    </div>
  );
}
