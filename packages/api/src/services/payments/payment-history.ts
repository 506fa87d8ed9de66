import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { paymentView, type PaymentView } from './payment-view.js';

/** A cursor the client sent that this server did not issue. */
export class InvalidPaymentCursorError extends Error {
  override readonly name = 'InvalidPaymentCursorError';
}

export interface PaymentPage {
  items: PaymentView[];
  /** Pass back for the next (older) page; null on the last. */
  nextCursor: string | null;
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidPaymentCursorError('unreadable cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !parsed.every((part): part is string => typeof part === 'string')
  ) {
    throw new InvalidPaymentCursorError('malformed cursor');
  }
  return parsed as [string, string];
}

/**
 * The customer's payments, newest first, optionally for one agreement: keyset pagination on
 * (created at, id), scoped by the customer id so another customer's payments never appear.
 */
export async function paymentsPage(
  db: Kysely<Database>,
  customerId: string,
  options: { agreementId: string | null; cursor: string | null; limit: number },
): Promise<PaymentPage> {
  let query = db.selectFrom('payments').selectAll().where('customer_id', '=', customerId);
  if (options.agreementId !== null) query = query.where('agreement_id', '=', options.agreementId);
  if (options.cursor !== null) {
    const [createdAt, id] = decodeCursor(options.cursor);
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', createdAt),
        eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(paymentView),
    nextCursor: rows.length > options.limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}

/** One of the customer's payments, or undefined (another customer's is indistinguishable from none). */
export async function customerPayment(
  db: Kysely<Database>,
  customerId: string,
  paymentId: string,
): Promise<PaymentView | undefined> {
  const row = await db
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', paymentId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row && paymentView(row);
}
