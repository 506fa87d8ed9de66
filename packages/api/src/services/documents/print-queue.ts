import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { instant } from '../time/instant.js';
import { documentRecipients } from './document-recipient.js';
import { zipArchive } from './zip-archive.js';

/** Documents per export: one file a print bureau can take, built in memory. */
export const PRINT_BATCH_LIMIT = 500;

/** One export of the print queue, ready to download. */
export interface PrintBatchFile {
  batchId: string;
  /** 'print-batch-2026-11-01T09-00-00Z.zip'. */
  fileName: string;
  contentType: 'application/zip';
  /** A ZIP: one PDF per document in queue order, and manifest.csv listing them. */
  content: Buffer;
  documentCount: number;
}

export interface PrintQueueExport extends PrintBatchFile {
  /** Documents still queued after this batch (export again for the next). */
  remaining: number;
}

/** Documents waiting to be posted to paper customers. */
export async function queuedForPrint(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('print_status', '=', 'queued')
    .executeTakeFirstOrThrow();
  return Number(count);
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Takes up to PRINT_BATCH_LIMIT queued documents, oldest first, marks them exported in one batch
 * and returns the batch's ZIP for staff to download and send to the printer; null when nothing is
 * queued. Each document goes into one batch only, even when two exports run at once: the update
 * claims only documents still queued. A lost download is rebuilt with printBatchFile.
 */
export async function exportPrintQueue(
  deps: Pick<AppDeps, 'db' | 'clock'>,
): Promise<PrintQueueExport | null> {
  const batchId = crypto.randomUUID();
  const now = instant(deps.clock());
  const claimed = await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('print_batches')
      .values({ id: batchId, document_count: 0, created_at: now })
      .execute();
    const claimedRows = await trx
      .updateTable('documents')
      .set({ print_status: 'exported', print_batch_id: batchId })
      .where('print_status', '=', 'queued')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('documents')
          .select('id')
          .where('print_status', '=', 'queued')
          .orderBy('created_at')
          .orderBy('id')
          .limit(PRINT_BATCH_LIMIT),
      )
      .returning('id')
      .execute();
    if (claimedRows.length === 0) {
      await trx.deleteFrom('print_batches').where('id', '=', batchId).execute();
      return 0;
    }
    await trx
      .updateTable('print_batches')
      .set({ document_count: claimedRows.length })
      .where('id', '=', batchId)
      .execute();
    return claimedRows.length;
  });
  if (claimed === 0) return null;
  const file = await printBatchFile(deps.db, batchId);
  if (file === null) throw new Error(`print batch ${batchId} vanished`);
  return { ...file, remaining: await queuedForPrint(deps.db) };
}

/** The file of an exported batch, rebuilt from its documents (the same bytes each time); null for an unknown batch. */
export async function printBatchFile(
  db: Kysely<Database>,
  batchId: string,
): Promise<PrintBatchFile | null> {
  const batch = await db
    .selectFrom('print_batches')
    .selectAll()
    .where('id', '=', batchId)
    .executeTakeFirst();
  if (batch === undefined) return null;
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'customer_id', 'kind', 'title', 'content', 'checksum', 'created_at'])
    .where('print_batch_id', '=', batchId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const recipients = await documentRecipients(
    db,
    documents.map((document) => document.customer_id),
  );
  const createdAt = new Date(batch.created_at);
  const files = documents.map((document, index) => ({
    name: `${String(index + 1).padStart(4, '0')}-${document.kind.replace(/_/g, '-')}-${document.id}.pdf`,
    content: document.content,
    modifiedAt: new Date(document.created_at),
  }));
  const manifest = [
    ['file', 'document_id', 'kind', 'title', 'recipient', 'address', 'sha256'].join(','),
    ...documents.map((document, index) => {
      const recipient = recipients.get(document.customer_id);
      return [
        files[index]?.name ?? '',
        document.id,
        document.kind,
        document.title,
        recipient?.name ?? '',
        recipient?.addressLines.join(', ') ?? '',
        document.checksum,
      ]
        .map(csvCell)
        .join(',');
    }),
  ].join('\r\n');
  return {
    batchId,
    fileName: `print-batch-${batch.created_at.replace(/[:.]/g, '-')}.zip`,
    contentType: 'application/zip',
    content: zipArchive([
      {
        name: 'manifest.csv',
        content: Buffer.from(`${manifest}\r\n`, 'utf8'),
        modifiedAt: createdAt,
      },
      ...files,
    ]),
    documentCount: documents.length,
  };
}
