import type { Currency, Minor } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { PaymentMethod } from '../../db/payment-tables.js';
import type { Database } from '../../db/schema.js';
import type { RefundStatus } from '../../db/staff-money-tables.js';

/** A refund as the console shows it: what, for whom, who asked, who decided, where it stands. */
export interface RefundView {
  id: string;
  paymentId: string;
  agreementNumber: string;
  customerName: string;
  method: PaymentMethod;
  amount: Minor;
  currency: Currency;
  reason: string;
  status: RefundStatus;
  requestedBy: { id: string; name: string };
  requestedAt: string;
  approvedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
  failureReason: string | null;
  completedAt: string | null;
}

/** Refunds with their payment, agreement, customer and staff names, newest first. */
export async function refundViews(
  db: Kysely<Database>,
  filter: { ids?: readonly string[]; status?: RefundStatus | undefined; limit: number },
): Promise<RefundView[]> {
  let query = db
    .selectFrom('refunds as r')
    .innerJoin('payments as p', 'p.id', 'r.payment_id')
    .innerJoin('agreements as a', 'a.id', 'p.agreement_id')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .innerJoin('staff as requester', 'requester.id', 'r.requested_by')
    .leftJoin('staff as approver', 'approver.id', 'r.approved_by')
    .selectAll('r')
    .select([
      'p.method',
      'p.currency',
      'a.agreement_number',
      'c.given_name',
      'c.family_name',
      'requester.display_name as requester_name',
      'approver.display_name as approver_name',
    ]);
  if (filter.ids !== undefined) query = query.where('r.id', 'in', filter.ids);
  if (filter.status !== undefined) query = query.where('r.status', '=', filter.status);
  const rows = await query
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    paymentId: row.payment_id,
    agreementNumber: row.agreement_number,
    customerName: `${row.given_name} ${row.family_name}`,
    method: row.method,
    amount: row.amount,
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    requestedBy: { id: row.requested_by, name: row.requester_name },
    requestedAt: row.requested_at,
    approvedBy:
      row.approved_by === null ? null : { id: row.approved_by, name: row.approver_name ?? '' },
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    failureReason: row.failure_reason,
    completedAt: row.completed_at,
  }));
}

/** One refund's view; it exists, having just been read or written. */
export async function refundView(db: Kysely<Database>, id: string): Promise<RefundView> {
  const [view] = await refundViews(db, { ids: [id], limit: 1 });
  if (view === undefined) throw new Error(`refund ${id} vanished`);
  return view;
}
