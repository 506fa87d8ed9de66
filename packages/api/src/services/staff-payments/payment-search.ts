import { normaliseAgreementNumber, type IsoDate } from '@marque/domain';
import type { PaymentMethod, PaymentStatus } from '../../db/payment-tables.js';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import type { StaffActor } from '../audit/index.js';
import { paymentSummary, type StaffPaymentSummary } from './payment-summary.js';

type StaffContext = Context & { staff: StaffActor };

export interface PaymentSearch {
  /** An agreement number, a payment id, or a provider / bank reference. */
  text?: string | undefined;
  method?: PaymentMethod | undefined;
  status?: PaymentStatus | undefined;
  /** Created on or after / on or before these days (UTC). */
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  after?: string | undefined;
  limit: number;
}

export interface PaymentSearchPage {
  payments: StaffPaymentSummary[];
  /** Pass as `after` for the next page; null on the last. */
  nextCursor: string | null;
}

/** Newest first, then by id: the cursor is the last row's creation time and id. */
function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!/^\d{4}-\d{2}-\d{2}T/.test(createdAt) || id === '') {
    throw fieldError({ after: 'This page link is out of date. Search again.' });
  }
  return { createdAt, id };
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`, 'utf8').toString('base64url');
}

/** Payments across every customer, for staff: filtered, newest first, a page at a time. */
export async function searchPayments(
  ctx: StaffContext,
  search: PaymentSearch,
): Promise<PaymentSearchPage> {
  let query = ctx.deps.db
    .selectFrom('payments as p')
    .innerJoin('agreements as a', 'a.id', 'p.agreement_id')
    .innerJoin('customers as c', 'c.id', 'p.customer_id')
    .selectAll('p')
    .select(['a.agreement_number', 'c.given_name', 'c.family_name']);
  if (search.text !== undefined) {
    const text = search.text;
    query = query.where((eb) =>
      eb.or([
        eb('a.agreement_number', '=', normaliseAgreementNumber(text)),
        eb('p.id', '=', text),
        eb('p.gateway_reference', '=', text),
        eb('p.gateway_reference', '=', `txn:${text}`),
      ]),
    );
  }
  if (search.method !== undefined) query = query.where('p.method', '=', search.method);
  if (search.status !== undefined) query = query.where('p.status', '=', search.status);
  if (search.from !== undefined) query = query.where('p.created_at', '>=', search.from);
  // 'T24' sorts after every instant written on that day.
  if (search.to !== undefined) query = query.where('p.created_at', '<', `${search.to}T24`);
  if (search.after !== undefined) {
    const cursor = decodeCursor(search.after);
    query = query.where((eb) =>
      eb.or([
        eb('p.created_at', '<', cursor.createdAt),
        eb.and([eb('p.created_at', '=', cursor.createdAt), eb('p.id', '>', cursor.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(search.limit + 1)
    .execute();
  const page = rows.slice(0, search.limit);
  const last = page.at(-1);
  return {
    payments: page.map((row) => paymentSummary(row, row, row)),
    nextCursor:
      rows.length > search.limit && last !== undefined
        ? encodeCursor(last.created_at, last.id)
        : null,
  };
}
