import { Alert, Button } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { downloadText } from '../audit/download-text.js';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Paper customers' statements and letters waiting for the printer: exported as a ZIP a batch at a time. */
export function PrintQueue() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.runs.printQueue.queryOptions());
  const exportBatch = useMutation(trpc.runs.exportPrintQueue.mutationOptions());
  const [note, setNote] = useState<{ text: string; tone: 'success' | 'error' | 'info' } | null>(
    null,
  );

  const download = async () => {
    setNote(null);
    try {
      const batch = await exportBatch.mutateAsync();
      if (batch === null) {
        setNote({ text: 'Nothing is waiting to be printed.', tone: 'info' });
        return;
      }
      downloadText(batch.fileName, bytesOf(batch.contentBase64), 'application/zip');
      setNote({
        text: `Downloaded ${batch.fileName}: ${String(batch.documentCount)} documents. ${
          batch.remaining > 0
            ? `${String(batch.remaining)} still waiting: export again.`
            : 'The queue is empty.'
        }`,
        tone: 'success',
      });
    } catch (error) {
      setNote({ text: apiProblem(error).message, tone: 'error' });
    } finally {
      await queryClient.invalidateQueries(trpc.runs.printQueue.queryFilter());
    }
  };

  return (
    <>
      {note === null ? null : <Alert tone={note.tone}>{note.text}</Alert>}
      <p>
        {status.data === undefined
          ? 'Counting the documents waiting…'
          : `${String(status.data.queued)} ${status.data.queued === 1 ? 'document is' : 'documents are'} waiting to be printed and posted.`}
      </p>
      <Button
        variant="secondary"
        busy={exportBatch.isPending}
        disabled={status.data?.queued === 0}
        onClick={() => void download()}
      >
        Export the next print batch
      </Button>
    </>
  );
}
