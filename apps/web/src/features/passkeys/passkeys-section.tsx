import type { RouterOutputs } from '@marque/api';
import { Alert, Button, Card, Spinner, useLocale } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { formatDateTime } from '../security/date-time.js';
import { ReauthenticationCancelled, type Reauthentication } from '../security/reauthentication.js';
import { PasskeyNameForm } from './passkey-name-form.js';
import {
  createPasskey,
  PasskeyPromptClosed,
  PasskeyUnavailable,
  passkeysSupported,
} from './passkey-prompt.js';
import './passkeys.css';

type Passkey = RouterOutputs['passkeys']['list']['passkeys'][number];

type Editing = { passkeyId: string; mode: 'rename' | 'remove' } | null;

/**
 * Passkeys in Security settings: add one under a name (after re-authentication), see when each was
 * added and last used, rename one, or remove one (after re-authentication).
 */
export function PasskeysSection({ reauthentication }: { reauthentication: Reauthentication }) {
  const trpc = useTRPC();
  const locale = useLocale();
  const toProblem = useApiProblem();
  const queryClient = useQueryClient();
  const passkeys = useQuery(trpc.passkeys.list.queryOptions());
  const registrationOptions = useMutation(trpc.passkeys.registrationOptions.mutationOptions());
  const register = useMutation(trpc.passkeys.register.mutationOptions());
  const rename = useMutation(trpc.passkeys.rename.mutationOptions());
  const remove = useMutation(trpc.passkeys.remove.mutationOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { withRecentPassword } = reauthentication;
  const supported = passkeysSupported();

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.passkeys.list.queryKey() });

  /** Runs a step; a closed prompt or password dialog is not a failure, anything else is shown. */
  const attempt = async (
    action: () => Promise<void>,
    onFieldError?: (message: string) => void,
  ): Promise<void> => {
    setProblem(null);
    setDone(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof ReauthenticationCancelled || error instanceof PasskeyPromptClosed)
        return;
      if (error instanceof PasskeyUnavailable) {
        setProblem(error.message);
        return;
      }
      const found = toProblem(error);
      const nameMessage = found.fieldErrors.name;
      if (nameMessage !== undefined && onFieldError !== undefined) onFieldError(nameMessage);
      else setProblem(found.message);
    }
  };

  const add = (name: string, onFieldError: (message: string) => void) =>
    attempt(async () => {
      setAdding(true);
      try {
        const { options } = await withRecentPassword(() => registrationOptions.mutateAsync());
        const response = await createPasskey(options);
        await register.mutateAsync({ name, response });
        setDone(`Passkey "${name}" added. Next time, choose "Sign in with a passkey".`);
        await refresh();
      } finally {
        setAdding(false);
      }
    }, onFieldError);

  return (
    <Card title="Passkeys">
      <p>
        A passkey lets you sign in with your fingerprint, face or screen lock instead of a password.
        It only works on our website, so a fake site cannot trick you into giving it away.
      </p>
      {problem === null ? null : <Alert tone="error">{problem}</Alert>}
      {done === null ? null : <Alert tone="success">{done}</Alert>}
      {passkeys.isPending ? <Spinner label="Loading your passkeys" /> : null}
      {passkeys.isError ? <Alert tone="error">{toProblem(passkeys.error).message}</Alert> : null}
      {passkeys.data === undefined ? null : passkeys.data.passkeys.length === 0 ? (
        <p className="passkeys__empty">You have no passkeys yet.</p>
      ) : (
        <ul className="passkeys">
          {passkeys.data.passkeys.map((passkey) => (
            <PasskeyItem
              key={passkey.id}
              passkey={passkey}
              locale={locale}
              editing={editing?.passkeyId === passkey.id ? editing.mode : null}
              onEdit={(mode) => {
                setProblem(null);
                setDone(null);
                setEditing(mode === null ? null : { passkeyId: passkey.id, mode });
              }}
              renaming={rename.isPending}
              removing={remove.isPending}
              onRename={(name, onFieldError) =>
                attempt(async () => {
                  await rename.mutateAsync({ passkeyId: passkey.id, name });
                  setEditing(null);
                  setDone(`Passkey renamed "${name}".`);
                  await refresh();
                }, onFieldError)
              }
              onRemove={() =>
                attempt(async () => {
                  await withRecentPassword(() => remove.mutateAsync({ passkeyId: passkey.id }));
                  setEditing(null);
                  setDone(
                    `Passkey "${passkey.name}" removed. It can no longer sign in to your account.`,
                  );
                  await refresh();
                })
              }
            />
          ))}
        </ul>
      )}
      {supported ? (
        <PasskeyNameForm
          id="new-passkey-name"
          label="Name for a new passkey"
          hint='So you can tell your passkeys apart, for example "Work laptop".'
          submitLabel="Add a passkey"
          busy={adding}
          onSubmit={(name, setError) =>
            add(name, (message) => {
              setError('name', { type: 'server', message }, { shouldFocus: true });
            })
          }
        />
      ) : (
        <Alert tone="info">
          This browser cannot create passkeys. Try an up-to-date browser on your phone or computer.
        </Alert>
      )}
    </Card>
  );
}

interface PasskeyItemProps {
  passkey: Passkey;
  locale: string;
  editing: 'rename' | 'remove' | null;
  onEdit: (mode: 'rename' | 'remove' | null) => void;
  renaming: boolean;
  removing: boolean;
  onRename: (name: string, onFieldError: (message: string) => void) => Promise<void>;
  onRemove: () => Promise<void>;
}

function PasskeyItem({
  passkey,
  locale,
  editing,
  onEdit,
  renaming,
  removing,
  onRename,
  onRemove,
}: PasskeyItemProps) {
  return (
    <li className="passkeys__item">
      <div className="passkeys__summary">
        <div>
          <p className="passkeys__name">{passkey.name}</p>
          <p className="passkeys__meta">
            Added {formatDateTime(passkey.createdAt, locale)} ·{' '}
            {passkey.lastUsedAt === null
              ? 'not used yet'
              : `last used ${formatDateTime(passkey.lastUsedAt, locale)}`}
          </p>
        </div>
        {editing === null ? (
          <div className="passkeys__actions">
            <Button
              variant="secondary"
              onClick={() => {
                onEdit('rename');
              }}
            >
              Rename<span className="mq-visually-hidden"> {passkey.name}</span>
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                onEdit('remove');
              }}
            >
              Remove<span className="mq-visually-hidden"> {passkey.name}</span>
            </Button>
          </div>
        ) : null}
      </div>
      {editing === 'rename' ? (
        <PasskeyNameForm
          id={`rename-${passkey.id}`}
          label={`New name for "${passkey.name}"`}
          initialName={passkey.name}
          submitLabel="Save name"
          busy={renaming}
          onSubmit={(name, setError) =>
            onRename(name, (message) => {
              setError('name', { type: 'server', message }, { shouldFocus: true });
            })
          }
          onCancel={() => {
            onEdit(null);
          }}
        />
      ) : null}
      {editing === 'remove' ? (
        <div className="passkeys__confirm" role="group" aria-label={`Remove ${passkey.name}`}>
          <p>
            Remove <strong>{passkey.name}</strong>? You will no longer be able to sign in with it.
            We may ask for your password first.
          </p>
          <div className="form-actions">
            <Button variant="danger" busy={removing} onClick={() => void onRemove()}>
              Remove passkey
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                onEdit(null);
              }}
            >
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
