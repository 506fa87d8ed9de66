import { Alert, Card } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';

/**
 * The paperless choice as a switch that saves as soon as it is flipped, its result announced in a
 * live region so a screen-reader user hears that it took effect.
 */
export function PaperlessSwitch({ paperless }: { paperless: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
  const hintId = useId();
  const save = useMutation(
    trpc.documents.setPaperless.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.documents.list.queryKey() }),
    }),
  );
  const shown = save.isPending ? save.variables.paperless : paperless;
  return (
    <Card title="How we send your documents">
      <label className="paperless">
        <input
          type="checkbox"
          role="switch"
          className="paperless__input"
          checked={shown}
          aria-describedby={hintId}
          disabled={save.isPending}
          onChange={(event) => {
            save.mutate({ paperless: event.target.checked });
          }}
        />
        <span className="paperless__track" aria-hidden="true" />
        <span className="paperless__label">Paperless statements and letters</span>
      </label>
      <p id={hintId} className="paperless__hint">
        {shown
          ? 'On: we e-mail you when a new statement or letter is ready to read here. Nothing is posted.'
          : 'Off: we post your statements and letters to your home address. They appear here too.'}
      </p>
      <p role="status" className="paperless__status">
        {save.isSuccess
          ? save.data.paperless
            ? 'Saved: you are paperless.'
            : 'Saved: we will post your documents to you.'
          : ''}
      </p>
      {save.isError ? <Alert tone="error">{toProblem(save.error).message}</Alert> : null}
    </Card>
  );
}
