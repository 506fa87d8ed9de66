import type { Currency, IsoDate, Minor } from '@marque/domain';
import { assertMinor } from '@marque/domain';
import type { Kysely, Transaction } from 'kysely';
import type { LedgerEntryKind } from '../../db/customer-agreement-tables.js';
import type { PaymentMethod, PaymentRow, PaymentStatus } from '../../db/payment-tables.js';
import { parameterChunks } from '../../db/parameter-chunks.js';
import type { Database } from '../../db/schema.js';
import { metrics } from '../../operations/metrics.js';
import { instant } from '../time/instant.js';

/** A payment attempt as the caller knows it before any money has moved. */
export interface PaymentToRecord {
  agreementId: string;
  customerId: string;
  method: PaymentMethod;
  amount: Minor;
  currency: Currency;
  /** Unique per customer: recording the same key again returns the first payment. */
  idempotencyKey: string;
  gatewayReference?: string | null;
  /** Defaults to 'pending'. */
  status?: Extract<PaymentStatus, 'pending' | 'requires_action'>;
  at: Date;
}

export interface RecordedPayment {
  payment: PaymentRow;
  /** False when the idempotency key had been used: `payment` is the earlier one, unchanged. */
  created: boolean;
}

/** A status change the payment's current status does not allow (e.g. refunding a failed payment). */
export class PaymentTransitionError extends Error {
  override readonly name = 'PaymentTransitionError';

  constructor(
    readonly paymentId: string,
    readonly from: PaymentStatus | 'missing',
    readonly to: PaymentStatus,
  ) {
    super(`payment ${paymentId} cannot go from ${from} to ${to}`);
  }
}

const METHOD_WORDS: Readonly<Record<PaymentMethod, string>> = {
  card: 'Card payment',
  bank_transfer: 'Bank transfer',
  direct_debit: 'Direct Debit',
};

/**
 * Records a payment attempt once per (customer, idempotency key): insert-first with ON CONFLICT DO
 * NOTHING, then read, so concurrent callers with one key all get the same row and exactly one of
 * them learns it created it (and may charge). No ledger entry yet: none is due until money arrives.
 */
export async function recordPayment(
  db: Kysely<Database>,
  payment: PaymentToRecord,
): Promise<RecordedPayment> {
  const [recorded] = await recordPayments(db, [payment]);
  if (recorded === undefined) throw new Error('recordPayments answered nothing for one payment');
  return recorded;
}

/**
 * `recordPayment` for many at once (the collection run's submission): one multi-row insert per
 * PARAMETER_CHUNK rows, answered in the order given.
 */
export async function recordPayments(
  db: Kysely<Database>,
  payments: readonly PaymentToRecord[],
): Promise<RecordedPayment[]> {
  const keyOf = (customerId: string, idempotencyKey: string) => `${customerId}\n${idempotencyKey}`;
  const inserted = new Map<string, PaymentRow>();
  for (const chunk of parameterChunks(payments)) {
    const rows = await db
      .insertInto('payments')
      .values(
        chunk.map((payment) => {
          assertMinor(payment.amount);
          if (payment.amount <= 0) throw new RangeError('a payment must be for more than nothing');
          const at = instant(payment.at);
          return {
            id: crypto.randomUUID(),
            agreement_id: payment.agreementId,
            customer_id: payment.customerId,
            method: payment.method,
            amount: payment.amount,
            currency: payment.currency,
            status: payment.status ?? 'pending',
            idempotency_key: payment.idempotencyKey,
            gateway_reference: payment.gatewayReference ?? null,
            next_action_url: null,
            failure_reason: null,
            created_at: at,
            updated_at: at,
            settled_at: null,
          };
        }),
      )
      .onConflict((conflict) => conflict.columns(['customer_id', 'idempotency_key']).doNothing())
      .returningAll()
      .execute();
    for (const row of rows) inserted.set(keyOf(row.customer_id, row.idempotency_key), row);
  }
  const recorded: RecordedPayment[] = [];
  for (const payment of payments) {
    const key = keyOf(payment.customerId, payment.idempotencyKey);
    const created = inserted.get(key);
    // A key given twice in one batch was created once: the second answer is the first's row.
    inserted.delete(key);
    if (created !== undefined) {
      metrics.payment(created.method, 'recorded');
      recorded.push({ payment: created, created: true });
      continue;
    }
    const existing = await db
      .selectFrom('payments')
      .selectAll()
      .where('customer_id', '=', payment.customerId)
      .where('idempotency_key', '=', payment.idempotencyKey)
      .executeTakeFirstOrThrow();
    recorded.push({ payment: existing, created: false });
  }
  return recorded;
}

/** What the provider answered for a payment: its reference, and where to authenticate if it must. */
export interface GatewayAnswer {
  gatewayReference: string;
  /** Set when the customer must complete a challenge: a pending payment then requires action. */
  nextActionUrl: string | null;
}

/**
 * Stores the provider's reference (and challenge page) on the payment. A confirmation may have
 * settled the payment already (webhooks race the charge's own answer), so the status moves to
 * 'requires_action' only from 'pending'.
 */
export async function attachGatewayReference(
  trx: Transaction<Database>,
  paymentId: string,
  answer: GatewayAnswer,
  at: Date,
): Promise<void> {
  const fields = {
    gateway_reference: answer.gatewayReference,
    next_action_url: answer.nextActionUrl,
    updated_at: instant(at),
  };
  const moved = await trx
    .updateTable('payments')
    .set({ ...fields, ...(answer.nextActionUrl === null ? {} : { status: 'requires_action' }) })
    .where('id', '=', paymentId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (moved.numUpdatedRows > 0n) return;
  await trx.updateTable('payments').set(fields).where('id', '=', paymentId).execute();
}

/**
 * Money arrived: the payment becomes 'paid' and a `payment_received` ledger entry dated `settledOn`
 * (reference: the payment id) credits the account, both in the caller's transaction. Marking a paid
 * payment paid again changes nothing, so a redelivered confirmation cannot credit twice.
 */
export async function markPaymentPaid(
  trx: Transaction<Database>,
  paymentId: string,
  settledOn: IsoDate,
  at: Date,
): Promise<PaymentRow> {
  const updated = await trx
    .updateTable('payments')
    .set({ status: 'paid', settled_at: settledOn, failure_reason: null, updated_at: instant(at) })
    .where('id', '=', paymentId)
    .where('status', 'in', ['pending', 'requires_action'])
    .returningAll()
    .executeTakeFirst();
  if (updated === undefined) return unchangedOrRefused(trx, paymentId, 'paid');
  metrics.payment(updated.method, 'paid');
  await writeLedgerEntry(
    trx,
    updated,
    'payment_received',
    settledOn,
    at,
    METHOD_WORDS[updated.method],
  );
  return updated;
}

/**
 * The payment failed. Before settlement nothing was credited, so only the status changes; after it
 * (a Direct Debit returned under ARUDD) a `reversal` entry dated `failedOn` takes the credit back.
 */
export async function markPaymentFailed(
  trx: Transaction<Database>,
  paymentId: string,
  reason: string,
  failedOn: IsoDate,
  at: Date,
): Promise<PaymentRow> {
  const updated = await trx
    .updateTable('payments')
    .set({ status: 'failed', failure_reason: reason, updated_at: instant(at) })
    .where('id', '=', paymentId)
    .where('status', 'in', ['pending', 'requires_action', 'paid'])
    .returningAll()
    .executeTakeFirst();
  if (updated === undefined) return unchangedOrRefused(trx, paymentId, 'failed');
  metrics.payment(updated.method, 'failed');
  // settled_at survives the update, so it says whether the account had been credited.
  if (updated.settled_at !== null) {
    await writeLedgerEntry(
      trx,
      updated,
      'reversal',
      failedOn,
      at,
      `${METHOD_WORDS[updated.method]} returned: ${reason}`,
    );
  }
  return updated;
}

/** A paid payment given back to the customer: a `refund` ledger entry dated `refundedOn` debits the account. */
export async function markPaymentRefunded(
  trx: Transaction<Database>,
  paymentId: string,
  refundedOn: IsoDate,
  at: Date,
): Promise<PaymentRow> {
  const updated = await trx
    .updateTable('payments')
    .set({ status: 'refunded', updated_at: instant(at) })
    .where('id', '=', paymentId)
    .where('status', '=', 'paid')
    .returningAll()
    .executeTakeFirst();
  if (updated === undefined) return unchangedOrRefused(trx, paymentId, 'refunded');
  metrics.payment(updated.method, 'refunded');
  await writeLedgerEntry(
    trx,
    updated,
    'refund',
    refundedOn,
    at,
    `Refund of ${METHOD_WORDS[updated.method].toLowerCase()}`,
  );
  return updated;
}

/** A repeated change is a no-op answering the row as it is; any other refused change throws. */
async function unchangedOrRefused(
  trx: Transaction<Database>,
  paymentId: string,
  to: PaymentStatus,
): Promise<PaymentRow> {
  const current = await trx
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', paymentId)
    .executeTakeFirst();
  if (current?.status === to) return current;
  throw new PaymentTransitionError(paymentId, current?.status ?? 'missing', to);
}

async function writeLedgerEntry(
  trx: Transaction<Database>,
  payment: PaymentRow,
  kind: Extract<LedgerEntryKind, 'payment_received' | 'reversal' | 'refund'>,
  entryDate: IsoDate,
  at: Date,
  description: string,
): Promise<void> {
  await trx
    .insertInto('ledger_entries')
    .values({
      id: crypto.randomUUID(),
      agreement_id: payment.agreement_id,
      entry_date: entryDate,
      kind,
      amount: payment.amount,
      description,
      reference: payment.id,
      created_at: instant(at),
    })
    .execute();
}
