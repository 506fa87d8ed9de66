import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DocumentDelivery } from '../../db/document-tables.js';

/** Who a document is addressed to and how it reaches them. */
export interface DocumentRecipient {
  customerId: string;
  /** 'Mrs Jane Smith'. */
  name: string;
  givenName: string;
  /** The postal address, one line each, as printed in the letter's address window. */
  addressLines: string[];
  /** The online login's e-mail address; null for a customer without online access. */
  email: string | null;
  paperless: boolean;
}

/** Paperless customers read documents online; everyone else is sent them by post. */
export function deliveryOf(recipient: DocumentRecipient): DocumentDelivery {
  return recipient.paperless ? 'online' : 'print';
}

/**
 * The customers with these ids, with their paperless choice: a stored choice wins; without one, a
 * customer who registered online is paperless and one without a login is sent paper.
 */
export async function documentRecipients(
  db: Kysely<Database>,
  customerIds: readonly string[],
): Promise<Map<string, DocumentRecipient>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers')
    .leftJoin('accounts', 'accounts.customer_id', 'customers.id')
    .leftJoin('document_preferences', 'document_preferences.customer_id', 'customers.id')
    .select([
      'customers.id',
      'customers.title',
      'customers.given_name',
      'customers.family_name',
      'customers.address_line1',
      'customers.address_line2',
      'customers.town',
      'customers.postcode',
      'accounts.email',
      'document_preferences.paperless',
    ])
    .where('customers.id', 'in', [...new Set(customerIds)])
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        customerId: row.id,
        name: [row.title, row.given_name, row.family_name].filter(Boolean).join(' '),
        givenName: row.given_name,
        addressLines: [row.address_line1, row.address_line2, row.town, row.postcode].filter(
          (line): line is string => line !== null && line !== '',
        ),
        email: row.email,
        paperless: row.paperless === null ? row.email !== null : row.paperless === 1,
      },
    ]),
  );
}

/** One customer as a document recipient (see documentRecipients). */
export async function documentRecipient(
  db: Kysely<Database>,
  customerId: string,
): Promise<DocumentRecipient> {
  const recipient = (await documentRecipients(db, [customerId])).get(customerId);
  if (recipient === undefined) throw new Error(`no customer ${customerId}`);
  return recipient;
}
