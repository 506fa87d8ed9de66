import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import { describeEachDatabase } from '../../test/databases.js';
import { givenCustomer, type GivenCustomer } from '../../test/customers.js';
import {
  markPaymentFailed,
  markPaymentPaid,
  markPaymentRefunded,
  PaymentTransitionError,
  recordPayment,
  type PaymentToRecord,
} from './record-payment.js';

const AT = new Date('2026-11-23T12:00:00.000Z');

function aPayment(
  customer: GivenCustomer,
  overrides: Partial<PaymentToRecord> = {},
): PaymentToRecord {
  return {
    agreementId: customer.agreementId,
    customerId: customer.customerId,
    method: 'card',
    amount: 25_000,
    currency: 'GBP',
    idempotencyKey: 'key-1',
    at: AT,
    ...overrides,
  };
}

async function ledgerFor(db: Kysely<Database>, paymentId: string) {
  return db
    .selectFrom('ledger_entries')
    .select(['kind', 'amount', 'entry_date', 'reference'])
    .where('reference', '=', paymentId)
    .orderBy('created_at')
    .orderBy('kind')
    .execute();
}

describeEachDatabase('recording payments', (getDb) => {
  it('records a pending payment with no ledger entry until money arrives', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const { payment, created } = await recordPayment(db, aPayment(customer));
    expect(created).toBe(true);
    expect(payment).toMatchObject({
      status: 'pending',
      amount: 25_000,
      method: 'card',
      settled_at: null,
    });
    expect(await ledgerFor(db, payment.id)).toEqual([]);
  });

  it('returns the first payment, unchanged, when the idempotency key is used again', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const first = await recordPayment(db, aPayment(customer));
    const again = await recordPayment(db, aPayment(customer, { amount: 99 }));
    expect(again).toEqual({ payment: first.payment, created: false });
  });

  it('keeps idempotency keys per customer, so two customers may use the same key', async () => {
    const db = getDb();
    const one = await givenCustomer(db);
    const other = await givenCustomer(db);
    const a = await recordPayment(db, aPayment(one));
    const b = await recordPayment(db, aPayment(other));
    expect(b.created).toBe(true);
    expect(b.payment.id).not.toBe(a.payment.id);
  });

  it('creates exactly one payment when 20 callers record the same key at once', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => recordPayment(db, aPayment(customer))),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.payment.id)).size).toBe(1);
  });

  it('refuses an amount that is not a positive whole number of minor units', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    await expect(recordPayment(db, aPayment(customer, { amount: 10.5 }))).rejects.toThrow();
    await expect(recordPayment(db, aPayment(customer, { amount: 0 }))).rejects.toThrow(RangeError);
  });

  it('credits the account once when a payment is marked paid, however often', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const { payment } = await recordPayment(db, aPayment(customer));
    for (let i = 0; i < 3; i += 1) {
      await db.transaction().execute((trx) => markPaymentPaid(trx, payment.id, '2026-11-23', AT));
    }
    expect(await ledgerFor(db, payment.id)).toEqual([
      { kind: 'payment_received', amount: 25_000, entry_date: '2026-11-23', reference: payment.id },
    ]);
    const row = await db
      .selectFrom('payments')
      .selectAll()
      .where('id', '=', payment.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'paid', settled_at: '2026-11-23' });
  });

  it('fails an unsettled payment without touching the ledger', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const { payment } = await recordPayment(db, aPayment(customer, { method: 'direct_debit' }));
    const failed = await db
      .transaction()
      .execute((trx) => markPaymentFailed(trx, payment.id, 'card_declined', '2026-11-23', AT));
    expect(failed).toMatchObject({ status: 'failed', failure_reason: 'card_declined' });
    expect(await ledgerFor(db, payment.id)).toEqual([]);
  });

  it('reverses the credit when a settled Direct Debit is returned', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const { payment } = await recordPayment(db, aPayment(customer, { method: 'direct_debit' }));
    await db.transaction().execute(async (trx) => {
      await markPaymentPaid(trx, payment.id, '2026-11-20', AT);
      await markPaymentFailed(trx, payment.id, 'ARUDD 0: refer to payer', '2026-11-23', AT);
      await markPaymentFailed(trx, payment.id, 'ARUDD 0: refer to payer', '2026-11-23', AT);
    });
    expect(
      (await ledgerFor(db, payment.id)).map((entry) => [entry.kind, entry.entry_date]),
    ).toEqual([
      ['payment_received', '2026-11-20'],
      ['reversal', '2026-11-23'],
    ]);
  });

  it('debits a refund of a paid payment, and refuses to refund one that never paid', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const paid = await recordPayment(db, aPayment(customer));
    const unpaid = await recordPayment(db, aPayment(customer, { idempotencyKey: 'key-2' }));
    await db.transaction().execute(async (trx) => {
      await markPaymentPaid(trx, paid.payment.id, '2026-11-20', AT);
      await markPaymentRefunded(trx, paid.payment.id, '2026-11-23', AT);
    });
    expect((await ledgerFor(db, paid.payment.id)).map((entry) => entry.kind)).toEqual([
      'payment_received',
      'refund',
    ]);
    await expect(
      db
        .transaction()
        .execute((trx) => markPaymentRefunded(trx, unpaid.payment.id, '2026-11-23', AT)),
    ).rejects.toBeInstanceOf(PaymentTransitionError);
  });

  it('refuses to mark a failed payment paid', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const { payment } = await recordPayment(db, aPayment(customer));
    await db
      .transaction()
      .execute((trx) => markPaymentFailed(trx, payment.id, 'x', '2026-11-23', AT));
    await expect(
      db.transaction().execute((trx) => markPaymentPaid(trx, payment.id, '2026-11-23', AT)),
    ).rejects.toThrow(/cannot go from failed to paid/);
    expect(await ledgerFor(db, payment.id)).toEqual([]);
  });
});
