import type { Kysely } from 'kysely';
import type { DocumentKind } from '../../db/document-tables.js';
import type { Database } from '../../db/schema.js';

/** A document as the customer's Documents page lists it. */
export interface CustomerDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  /** 'YYYY-MM' for statements. */
  period: string | null;
  agreementId: string | null;
  agreementNumber: string | null;
  /** When it was issued (ISO instant). */
  createdAt: string;
  /** Bytes. */
  size: number;
}

/**
 * The customer's documents, newest first, optionally one agreement's. The customer id is part of
 * the query, so another customer's agreement id simply lists nothing.
 */
export async function listCustomerDocuments(
  db: Kysely<Database>,
  customerId: string,
  filter: { agreementId?: string | undefined } = {},
): Promise<CustomerDocument[]> {
  let query = db
    .selectFrom('documents')
    .leftJoin('agreements', 'agreements.id', 'documents.agreement_id')
    .select([
      'documents.id',
      'documents.kind',
      'documents.title',
      'documents.period',
      'documents.agreement_id',
      'agreements.agreement_number',
      'documents.created_at',
      'documents.size',
    ])
    .where('documents.customer_id', '=', customerId);
  if (filter.agreementId !== undefined) {
    query = query.where('documents.agreement_id', '=', filter.agreementId);
  }
  const rows = await query
    .orderBy('documents.created_at', 'desc')
    .orderBy('documents.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    period: row.period,
    agreementId: row.agreement_id,
    agreementNumber: row.agreement_number,
    createdAt: row.created_at,
    size: row.size,
  }));
}

/** A document's bytes for download, or undefined when it is not this customer's (or does not exist). */
export async function customerDocumentFile(
  db: Kysely<Database>,
  customerId: string,
  documentId: string,
): Promise<{ title: string; kind: DocumentKind; content: Buffer; checksum: string } | undefined> {
  return db
    .selectFrom('documents')
    .select(['title', 'kind', 'content', 'checksum'])
    .where('id', '=', documentId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
}
