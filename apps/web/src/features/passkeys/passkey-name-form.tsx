import { zodResolver } from '@hookform/resolvers/zod';
import { renamePasskeyInput } from '@marque/schemas';
import { Button, TextField } from '@marque/ui';
import { useForm, type UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';

const nameOnly = renamePasskeyInput.pick({ name: true });
const nameResolver = zodResolver(nameOnly);

export type PasskeyNameValues = z.input<typeof nameOnly>;

export interface PasskeyNameFormProps {
  id: string;
  label: string;
  hint?: string;
  initialName?: string;
  submitLabel: string;
  busy: boolean;
  /** Resolves when done; field errors from the API go back through `setError`. */
  onSubmit: (name: string, setError: UseFormSetError<PasskeyNameValues>) => Promise<void>;
  onCancel?: () => void;
}

/** A passkey's name, checked as the API checks it, for adding one or renaming it. */
export function PasskeyNameForm({
  id,
  label,
  hint,
  initialName = '',
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: PasskeyNameFormProps) {
  const form = useForm<PasskeyNameValues>({
    resolver: nameResolver,
    defaultValues: { name: initialName },
  });
  const submit = form.handleSubmit(async ({ name }) => {
    await onSubmit(name, form.setError);
    if (initialName === '') form.reset({ name: '' });
  });
  return (
    <form noValidate className="passkey-name-form" onSubmit={(event) => void submit(event)}>
      <TextField
        id={id}
        label={label}
        hint={hint}
        autoComplete="off"
        maxLength={60}
        error={form.formState.errors.name?.message}
        {...form.register('name')}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel === undefined ? null : (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
