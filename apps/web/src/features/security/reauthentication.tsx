import { Alert, Button, PasswordField } from '@marque/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type SubmitEvent,
  type ReactNode,
} from 'react';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import {
  passkeysSupported,
  PasskeyPromptClosed,
  PasskeyUnavailable,
  signWithPasskey,
} from '../passkeys/passkey-prompt.js';
import './security.css';

/** The customer closed the password prompt: the action they started did not happen. */
export class ReauthenticationCancelled extends Error {
  override readonly name = 'ReauthenticationCancelled';
  constructor() {
    super('re-authentication cancelled');
  }
}

interface DialogProps {
  /** true once the password was accepted; false when the customer cancelled. */
  onDone: (confirmed: boolean) => void;
}

/**
 * Asks for the password again in a modal dialog (native <dialog>: focus is trapped and returned),
 * or for one of the customer's passkeys instead.
 */
function ReauthenticationDialog({ onDone }: DialogProps) {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [password, setPassword] = useState('');
  const reauthenticate = useMutation(trpc.auth.reauthenticate.mutationOptions());
  const problem = reauthenticate.error ? toProblem(reauthenticate.error) : null;
  const passkeys = useQuery(trpc.passkeys.list.queryOptions());
  const passkeyOptions = useMutation(trpc.auth.reauthenticationPasskeyOptions.mutationOptions());
  const withPasskey = useMutation(trpc.auth.reauthenticateWithPasskey.mutationOptions());
  const [passkeyProblem, setPasskeyProblem] = useState<string | null>(null);
  const canUsePasskey = passkeysSupported() && (passkeys.data?.passkeys.length ?? 0) > 0;

  const confirmWithPasskey = async () => {
    setPasskeyProblem(null);
    try {
      const { options } = await passkeyOptions.mutateAsync();
      await withPasskey.mutateAsync({ response: await signWithPasskey(options) });
      dialog.current?.close();
      onDone(true);
    } catch (error) {
      if (error instanceof PasskeyPromptClosed) return;
      setPasskeyProblem(
        error instanceof PasskeyUnavailable ? error.message : toProblem(error).message,
      );
    }
  };

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    reauthenticate.mutate(
      { password },
      {
        onSuccess: () => {
          dialog.current?.close();
          onDone(true);
        },
      },
    );
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={() => {
        onDone(false);
      }}
    >
      <form noValidate onSubmit={submit}>
        <h2 id={titleId}>Enter your password to continue</h2>
        <p>
          For your security we ask for your password again before this change
          {canUsePasskey ? ', or one of your passkeys' : ''}.
        </p>
        {problem !== null && problem.fieldErrors.password === undefined ? (
          <Alert tone="error">{problem.message}</Alert>
        ) : null}
        {passkeyProblem === null ? null : <Alert tone="error">{passkeyProblem}</Alert>}
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          value={password}
          error={problem?.fieldErrors.password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
        <div className="form-actions">
          <Button type="submit" busy={reauthenticate.isPending}>
            Continue
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              dialog.current?.close();
              onDone(false);
            }}
          >
            Cancel
          </Button>
        </div>
        {canUsePasskey ? (
          <p className="dialog__alternative">
            <Button
              variant="link"
              busy={passkeyOptions.isPending || withPasskey.isPending}
              onClick={() => void confirmWithPasskey()}
            >
              Use a passkey instead
            </Button>
          </p>
        ) : null}
      </form>
    </dialog>
  );
}

export interface Reauthentication {
  /**
   * Runs `action`; when the API answers that it needs a recent password (OWASP re-authentication
   * before a sensitive change), asks for it and runs the action once more. Rejects with
   * ReauthenticationCancelled when the customer closes the prompt.
   */
  withRecentPassword: <T>(action: () => Promise<T>) => Promise<T>;
  /** The prompt, while one is open: render it anywhere in the page. */
  prompt: ReactNode;
}

/** Re-authentication on demand, for the procedures the API guards with a recent password. */
export function useReauthentication(): Reauthentication {
  const toProblem = useApiProblem();
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);

  const withRecentPassword = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T> => {
      try {
        return await action();
      } catch (error) {
        if (!toProblem(error).reauthenticationRequired) throw error;
        const confirmed = await new Promise<boolean>((resolve) => {
          setPending(() => resolve);
        });
        if (!confirmed) throw new ReauthenticationCancelled();
        return action();
      }
    },
    [toProblem],
  );

  const prompt =
    pending === null ? null : (
      <ReauthenticationDialog
        onDone={(confirmed) => {
          setPending(null);
          pending(confirmed);
        }}
      />
    );
  return { withRecentPassword, prompt };
}
