import type { IsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { createTestApp, FakeClock, type TestApp } from '../test/app.js';
import type { GivenCustomer } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';
import {
  markPaymentFailed,
  markPaymentPaid,
  recordPayment,
} from '../services/payments/record-payment.js';
import { recordBankTransferReceipt } from '../services/payments/bank-transfer.js';
import type { Mailer } from '../services/mail/mailer.js';
import { OutboxMailer } from '../services/mail/outbox-mailer.js';
import { runCollections } from './collection-run.js';
import {
  collectionsOf,
  customerWithMandate,
  ledgerOf,
  runDaily,
  TEST_INSTALLMENT,
} from './collection-test-support.js';

const AMOUNT = TEST_INSTALLMENT;

/** A card payment the provider has confirmed, as the payments webhook records it. */
async function paidByCard(
  db: Kysely<Database>,
  customer: GivenCustomer,
  amount: number,
  on: IsoDate,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = new Date(`${on}T12:00:00.000Z`);
    const { payment } = await recordPayment(trx, {
      agreementId: customer.agreementId,
      customerId: customer.customerId,
      method: 'card',
      amount,
      currency: 'GBP',
      idempotencyKey: crypto.randomUUID(),
      at,
    });
    await markPaymentPaid(trx, payment.id, on, at);
  });
}

/** A card payment charged but not yet answered by the provider (its webhook has not arrived). */
async function pendingCardPayment(
  db: Kysely<Database>,
  customer: GivenCustomer,
  on: IsoDate,
): Promise<string> {
  const { payment } = await recordPayment(db, {
    agreementId: customer.agreementId,
    customerId: customer.customerId,
    method: 'card',
    amount: AMOUNT,
    currency: 'GBP',
    idempotencyKey: crypto.randomUUID(),
    at: new Date(`${on}T12:00:00.000Z`),
  });
  return payment.id;
}

async function directDebitPayments(db: Kysely<Database>, agreementId: string) {
  return db
    .selectFrom('payments')
    .select(['amount', 'status'])
    .where('agreement_id', '=', agreementId)
    .where('method', '=', 'direct_debit')
    .execute();
}

describeEachDatabase('runCollections', (getDb) => {
  function app(start: string): TestApp {
    return createTestApp({ db: getDb(), clock: new FakeClock(`${start}T09:00:00.000Z`) });
  }

  it('collects over Easter 2026 and the early May bank holiday, the first collection after 10 working days of notice', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-03', '2026-04-03', '2026-05-03'],
      collectionDay: 3,
    });
    await runDaily(test, '2026-03-02', '2026-05-12');
    expect(await collectionsOf(getDb(), customer.agreementId)).toEqual([
      {
        installment_number: 1,
        attempt: 1,
        collection_date: '2026-03-16',
        input_date: '2026-03-12',
        status: 'collected',
      },
      // Good Friday 3 April: past Easter Monday to Tuesday 7, input Wednesday 1 April.
      {
        installment_number: 2,
        attempt: 1,
        collection_date: '2026-04-07',
        input_date: '2026-04-01',
        status: 'collected',
      },
      // Sunday 3 May, Monday 4 May a bank holiday: Tuesday 5, input Thursday 30 April.
      {
        installment_number: 3,
        attempt: 1,
        collection_date: '2026-05-05',
        input_date: '2026-04-30',
        status: 'collected',
      },
    ]);
    expect(await ledgerOf(getDb(), customer.agreementId)).toEqual([
      { kind: 'payment_received', entry_date: '2026-03-16', amount: AMOUNT },
      { kind: 'payment_received', entry_date: '2026-04-07', amount: AMOUNT },
      { kind: 'payment_received', entry_date: '2026-05-05', amount: AMOUNT },
    ]);
    const mandate = await getDb().selectFrom('mandates').select('state').executeTakeFirstOrThrow();
    expect(mandate.state).toBe('active');
    const notices = (await test.outbox.messages(customer.email)).filter((m) =>
      m.subject.startsWith('Your next Direct Debit'),
    );
    expect(notices).toHaveLength(3);
  });

  it('collects across Christmas 2026, the Boxing Day substitute and a month end, running every day twice', async () => {
    const test = app('2026-11-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-11-25', '2026-12-25', '2027-01-25'],
      collectionDay: 25,
    });
    await runDaily(test, '2026-11-02', '2027-01-29', true);
    expect(await collectionsOf(getDb(), customer.agreementId)).toEqual([
      {
        installment_number: 1,
        attempt: 1,
        collection_date: '2026-11-25',
        input_date: '2026-11-23',
        status: 'collected',
      },
      // 25 and 28 December (the substitute for Boxing Day on a Saturday) are holidays.
      {
        installment_number: 2,
        attempt: 1,
        collection_date: '2026-12-29',
        input_date: '2026-12-23',
        status: 'collected',
      },
      {
        installment_number: 3,
        attempt: 1,
        collection_date: '2027-01-25',
        input_date: '2027-01-21',
        status: 'collected',
      },
    ]);
    const payments = await getDb().selectFrom('payments').select(['status', 'method']).execute();
    expect(payments).toEqual(Array(3).fill({ status: 'paid', method: 'direct_debit' }));
    expect(await ledgerOf(getDb(), customer.agreementId)).toHaveLength(3);
    const files = await getDb().selectFrom('submission_files').select('content').execute();
    expect(files.filter((f) => f.content.includes('0N')).length).toBeGreaterThanOrEqual(1);
    expect(
      files.every((f) =>
        f.content
          .split('\n')
          .filter(Boolean)
          .every((l) => l.length === 100),
      ),
    ).toBe(true);
  });

  it('re-presents a collection returned “refer to payer” once, reverses both and tells the customer', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-04-03'],
      collectionDay: 3,
      sortCode: '999999',
      accountNumber: '12340002',
    });
    await runDaily(test, '2026-03-02', '2026-05-15');
    const collections = await collectionsOf(getDb(), customer.agreementId);
    expect(collections.map((c) => [c.attempt, c.status])).toEqual([
      [1, 'represented'],
      [2, 'failed'],
    ]);
    expect((await ledgerOf(getDb(), customer.agreementId)).map((e) => e.kind)).toEqual([
      'payment_received',
      'reversal',
      'payment_received',
      'reversal',
    ]);
    const subjects = (await test.outbox.messages(customer.email)).map((m) => m.subject);
    expect(subjects.filter((s) => s === 'Your Direct Debit payment was not made')).toHaveLength(2);
    expect(subjects).toContain('We will try your Direct Debit payment again');
  });

  it('cancels the mandate when the payer cancels it at the bank (ADDACS 1) and collects nothing', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-04-03'],
      collectionDay: 3,
      sortCode: '999999',
      accountNumber: '12340003',
    });
    await runDaily(test, '2026-03-02', '2026-04-10');
    const mandate = await getDb().selectFrom('mandates').select('state').executeTakeFirstOrThrow();
    expect(mandate.state).toBe('cancelled');
    expect(await ledgerOf(getDb(), customer.agreementId)).toEqual([]);
    expect((await test.outbox.latest(customer.email)).subject).toBe('Your Direct Debit has ended');
  });

  it('fails a mandate the paying bank rejects (AUDDIS 5, no account)', async () => {
    const test = app('2026-03-02');
    await customerWithMandate(test, getDb(), {
      dueDates: ['2026-04-03'],
      collectionDay: 3,
      sortCode: '999999',
      accountNumber: '12340004',
    });
    await runDaily(test, '2026-03-02', '2026-03-06');
    const mandate = await getDb().selectFrom('mandates').select('state').executeTakeFirstOrThrow();
    expect(mandate.state).toBe('failed');
  });

  it('finishes a run that stopped halfway without notifying or collecting anything twice', async () => {
    const test = app('2026-03-02');
    const customers = [
      await customerWithMandate(test, getDb(), { dueDates: ['2026-03-20'], collectionDay: 20 }),
      await customerWithMandate(test, getDb(), { dueDates: ['2026-03-20'], collectionDay: 20 }),
    ];
    await runDaily(test, '2026-03-02', '2026-03-05');
    test.clock.set('2026-03-06T06:00:00.000Z');
    await expect(
      runCollections(test.deps, {
        runDate: '2026-03-06',
        afterCollection: (done) => {
          if (done === 1) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const result = await runCollections(test.deps, { runDate: '2026-03-06' });
    expect(result.outcome).toBe('finished');
    expect(result.counts.noticesSent).toBe(2);
    expect((await runCollections(test.deps, { runDate: '2026-03-06' })).outcome).toBe(
      'already_finished',
    );
    await runDaily(test, '2026-03-09', '2026-03-25');
    for (const customer of customers) {
      expect((await collectionsOf(getDb(), customer.agreementId)).map((c) => c.status)).toEqual([
        'collected',
      ]);
      expect(await ledgerOf(getDb(), customer.agreementId)).toHaveLength(1);
    }
  });

  it('sends on the next run only the notices a failed mail server stopped, each customer told once', async () => {
    const outboxMailer = new OutboxMailer(getDb(), () => new Date('2026-03-06T06:00:00.000Z'));
    let failNext = false;
    const mailer: Mailer = {
      async send(mail) {
        if (failNext && mail.subject.startsWith('Your next Direct Debit')) {
          failNext = false;
          throw new Error('mail server unavailable');
        }
        await outboxMailer.send(mail);
      },
      idle: () => Promise.resolve(),
    };
    const test = createTestApp({
      db: getDb(),
      clock: new FakeClock('2026-03-02T09:00:00.000Z'),
      mailer,
    });
    const customers = [
      await customerWithMandate(test, getDb(), { dueDates: ['2026-03-20'], collectionDay: 20 }),
      await customerWithMandate(test, getDb(), { dueDates: ['2026-03-20'], collectionDay: 20 }),
    ];
    await runDaily(test, '2026-03-02', '2026-03-05');
    test.clock.set('2026-03-06T06:00:00.000Z');
    failNext = true;
    await expect(runCollections(test.deps, { runDate: '2026-03-06' })).rejects.toThrow(
      'mail server unavailable',
    );
    const result = await runCollections(test.deps, { runDate: '2026-03-06' });
    expect(result.counts.noticesSent).toBe(2);
    for (const customer of customers) {
      const notices = (await test.outbox.messages(customer.email)).filter((m) =>
        m.subject.startsWith('Your next Direct Debit'),
      );
      expect(notices).toHaveLength(1);
    }
    await runDaily(test, '2026-03-09', '2026-03-25');
    for (const customer of customers) {
      expect((await collectionsOf(getDb(), customer.agreementId)).map((c) => c.status)).toEqual([
        'collected',
      ]);
    }
  });

  it('does nothing on a weekend or bank holiday', async () => {
    const test = app('2026-04-03');
    expect((await runCollections(test.deps, { runDate: '2026-04-03' })).outcome).toBe(
      'not_a_working_day',
    );
    expect((await runCollections(test.deps, { runDate: '2026-04-04' })).outcome).toBe(
      'not_a_working_day',
    );
  });

  it('does not collect an instalment paid in full by card after its advance notice: the collection is cancelled as not needed', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-03'],
      collectionDay: 3,
    });
    await runDaily(test, '2026-03-02', '2026-03-05');
    expect((await collectionsOf(getDb(), customer.agreementId)).map((c) => c.status)).toEqual([
      'notified',
    ]);
    await paidByCard(getDb(), customer, AMOUNT, '2026-03-06');
    await runDaily(test, '2026-03-06', '2026-03-25', true);
    const collections = await getDb()
      .selectFrom('collections')
      .select(['status', 'failure_code'])
      .where('agreement_id', '=', customer.agreementId)
      .execute();
    expect(collections).toEqual([{ status: 'cancelled', failure_code: 'not_needed' }]);
    expect(await directDebitPayments(getDb(), customer.agreementId)).toEqual([]);
    expect(await ledgerOf(getDb(), customer.agreementId)).toEqual([
      { kind: 'payment_received', entry_date: '2026-03-06', amount: AMOUNT },
    ]);
  });

  it('collects only what is left of an instalment part paid by bank transfer after its advance notice', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-03'],
      collectionDay: 3,
    });
    await runDaily(test, '2026-03-02', '2026-03-05');
    await recordBankTransferReceipt(getDb(), {
      agreementId: customer.agreementId,
      amount: 10_000,
      receivedOn: '2026-03-06',
      statementReference: crypto.randomUUID(),
      recordedBy: { actorType: 'system', actorId: null },
      at: new Date('2026-03-06T12:00:00.000Z'),
    });
    await runDaily(test, '2026-03-06', '2026-03-25');
    expect(await directDebitPayments(getDb(), customer.agreementId)).toEqual([
      { amount: AMOUNT - 10_000, status: 'paid' },
    ]);
    expect((await ledgerOf(getDb(), customer.agreementId)).map((e) => e.amount)).toEqual([
      10_000,
      AMOUNT - 10_000,
    ]);
  });

  it('sends no advance notice for an instalment already paid, and collects the next one in full', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-03', '2026-04-03'],
      collectionDay: 3,
    });
    await paidByCard(getDb(), customer, AMOUNT, '2026-03-02');
    await runDaily(test, '2026-03-02', '2026-04-15');
    expect(
      (await collectionsOf(getDb(), customer.agreementId)).map((c) => [
        c.installment_number,
        c.status,
      ]),
    ).toEqual([
      [1, 'cancelled'],
      [2, 'collected'],
    ]);
    expect(await directDebitPayments(getDb(), customer.agreementId)).toEqual([
      { amount: AMOUNT, status: 'paid' },
    ]);
    const notices = (await test.outbox.messages(customer.email)).filter((m) =>
      m.subject.startsWith('Your next Direct Debit'),
    );
    expect(notices).toHaveLength(1);
  });

  it('holds a collection back while a card payment for the instalment is pending, and cancels it once the card payment is confirmed', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-03'],
      collectionDay: 3,
    });
    await runDaily(test, '2026-03-02', '2026-03-05');
    const paymentId = await pendingCardPayment(getDb(), customer, '2026-03-06');
    // 12 March is the collection's input day: the card payment is still awaiting the provider.
    await runDaily(test, '2026-03-06', '2026-03-13');
    expect((await collectionsOf(getDb(), customer.agreementId)).map((c) => c.status)).toEqual([
      'notified',
    ]);
    expect(await directDebitPayments(getDb(), customer.agreementId)).toEqual([]);
    await getDb()
      .transaction()
      .execute((trx) =>
        markPaymentPaid(trx, paymentId, '2026-03-16', new Date('2026-03-16T05:00:00.000Z')),
      );
    await runDaily(test, '2026-03-16', '2026-03-31');
    const collections = await getDb()
      .selectFrom('collections')
      .select(['status', 'failure_code'])
      .where('agreement_id', '=', customer.agreementId)
      .execute();
    expect(collections).toEqual([{ status: 'cancelled', failure_code: 'not_needed' }]);
    expect(await directDebitPayments(getDb(), customer.agreementId)).toEqual([]);
    expect(await ledgerOf(getDb(), customer.agreementId)).toEqual([
      { kind: 'payment_received', entry_date: '2026-03-16', amount: AMOUNT },
    ]);
  });

  it('collects an instalment in full on the next cycle when the pending card payment fails', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-03'],
      collectionDay: 3,
    });
    const paymentId = await pendingCardPayment(getDb(), customer, '2026-03-02');
    await runDaily(test, '2026-03-02', '2026-03-13');
    // No notice while the card payment may still meet the instalment.
    expect(await collectionsOf(getDb(), customer.agreementId)).toEqual([]);
    await getDb()
      .transaction()
      .execute((trx) =>
        markPaymentFailed(
          trx,
          paymentId,
          'card_declined',
          '2026-03-13',
          new Date('2026-03-13T12:00:00.000Z'),
        ),
      );
    await runDaily(test, '2026-03-16', '2026-04-10');
    expect(
      (await collectionsOf(getDb(), customer.agreementId)).map((c) => [
        c.collection_date,
        c.status,
      ]),
    ).toEqual([['2026-03-30', 'collected']]);
    expect(await directDebitPayments(getDb(), customer.agreementId)).toEqual([
      { amount: AMOUNT, status: 'paid' },
    ]);
  });

  it('gives 3 working days of advance notice when DIRECT_DEBIT_ADVANCE_NOTICE_DAYS is 3', async () => {
    const test = createTestApp({
      db: getDb(),
      clock: new FakeClock('2026-03-02T09:00:00.000Z'),
      env: { DIRECT_DEBIT_ADVANCE_NOTICE_DAYS: '3' },
    });
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-20'],
      collectionDay: 20,
    });
    await runDaily(test, '2026-03-02', '2026-03-16');
    expect(await collectionsOf(getDb(), customer.agreementId)).toEqual([]);
    await runDaily(test, '2026-03-17', '2026-03-17');
    expect(
      (await collectionsOf(getDb(), customer.agreementId)).map((c) => [
        c.collection_date,
        c.status,
      ]),
    ).toEqual([['2026-03-20', 'notified']]);
  });
});
