import type { Context } from '../../trpc/context.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { exportPrintQueue, queuedForPrint } from '../documents/print-queue.js';

type StaffContext = Context & { staff: StaffActor };

/** The next print batch as the console downloads it: the ZIP in base64, or null when nothing waits. */
export interface PrintBatchDownload {
  fileName: string;
  contentBase64: string;
  documentCount: number;
  remaining: number;
}

/** Documents waiting for the printer (paper customers' statements and letters). */
export async function printQueueStatus(ctx: StaffContext): Promise<{ queued: number }> {
  return { queued: await queuedForPrint(ctx.deps.db) };
}

/** Takes the next batch off the print queue for the print bureau, audited with who took it. */
export async function exportPrintBatch(ctx: StaffContext): Promise<PrintBatchDownload | null> {
  const batch = await exportPrintQueue(ctx.deps);
  if (batch === null) return null;
  await auditStaffAction(ctx, {
    event: 'print_queue.exported',
    customerId: null,
    details: { batchId: batch.batchId, documents: batch.documentCount },
  });
  return {
    fileName: batch.fileName,
    contentBase64: batch.content.toString('base64'),
    documentCount: batch.documentCount,
    remaining: batch.remaining,
  };
}
