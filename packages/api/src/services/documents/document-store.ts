import type { Kysely } from 'kysely';
import type { DocumentKind, DocumentRow } from '../../db/document-tables.js';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import { deliveryOf, type DocumentRecipient } from './document-recipient.js';
import type { RenderedPdf } from './pdf/pdf-writer.js';

/** A stored document without its bytes: what lists and runs work with. */
export type DocumentInfo = Omit<DocumentRow, 'content'>;

/** The columns of a document except its bytes, so a list never loads the PDFs. */
export const DOCUMENT_INFO_COLUMNS = [
  'id',
  'customer_id',
  'agreement_id',
  'kind',
  'title',
  'period',
  'source_key',
  'checksum',
  'size',
  'delivery',
  'print_status',
  'print_batch_id',
  'notified_at',
  'created_at',
] as const satisfies readonly (keyof DocumentInfo)[];

export interface DocumentSpec {
  recipient: DocumentRecipient;
  agreementId: string | null;
  kind: DocumentKind;
  title: string;
  period: string | null;
  /** What the document is issued for; issuing the same key again returns the first document. */
  sourceKey: string;
}

export interface IssuedDocument {
  document: DocumentInfo;
  /** False when the key had already been issued (a repeated run, a retried request). */
  created: boolean;
}

function findBySourceKey(
  db: Kysely<Database>,
  sourceKey: string,
): Promise<DocumentInfo | undefined> {
  return db
    .selectFrom('documents')
    .select(DOCUMENT_INFO_COLUMNS)
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
}

/**
 * Stores a document once per source key, rendering it only when it is new. Delivery follows the
 * recipient's paperless choice: online, or queued for printing. Two callers racing on one key both
 * get the single stored document (the unique key decides).
 */
export async function issueDocument(
  deps: { db: Kysely<Database>; clock: () => Date },
  spec: DocumentSpec,
  render: () => Promise<RenderedPdf>,
): Promise<IssuedDocument> {
  const existing = await findBySourceKey(deps.db, spec.sourceKey);
  if (existing !== undefined) return { document: existing, created: false };
  const pdf = await render();
  const delivery = deliveryOf(spec.recipient);
  const inserted = await deps.db
    .insertInto('documents')
    .values({
      id: crypto.randomUUID(),
      customer_id: spec.recipient.customerId,
      agreement_id: spec.agreementId,
      kind: spec.kind,
      title: spec.title,
      period: spec.period,
      source_key: spec.sourceKey,
      content: pdf.content,
      checksum: pdf.checksum,
      size: pdf.size,
      delivery,
      print_status: delivery === 'print' ? 'queued' : null,
      print_batch_id: null,
      notified_at: null,
      created_at: instant(deps.clock()),
    })
    .onConflict((conflict) => conflict.column('source_key').doNothing())
    .returning(DOCUMENT_INFO_COLUMNS)
    .executeTakeFirst();
  if (inserted !== undefined) return { document: inserted, created: true };
  const winner = await findBySourceKey(deps.db, spec.sourceKey);
  if (winner === undefined) throw new Error(`document ${spec.sourceKey} vanished`);
  return { document: winner, created: false };
}
