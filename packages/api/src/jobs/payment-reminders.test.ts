import type { IsoDate } from '@marque/domain';
import { expect, it } from 'vitest';
import { markPaymentPaid, recordPayment } from '../services/payments/record-payment.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { givenCustomer, type GivenCustomer } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';
import { runReminders } from './payment-reminders.js';

const AMOUNT = 25_000;

/** A customer paying by card or transfer whose agreement falls due on exactly these dates. */
async function customerDueOn(test: TestApp, dueDates: IsoDate[]): Promise<GivenCustomer> {
  const { db } = test.deps;
  const customer = await givenCustomer(db, { email: `${crypto.randomUUID()}@example.com` });
  await db.deleteFrom('installments').where('agreement_id', '=', customer.agreementId).execute();
  await db
    .insertInto('installments')
    .values(
      dueDates.map((dueDate, index) => ({
        agreement_id: customer.agreementId,
        number: index + 1,
        due_date: dueDate,
        amount: AMOUNT,
        interest: 0,
        principal: AMOUNT,
        fee: 0,
        balance_after: 0,
        kind: 'monthly' as const,
      })),
    )
    .execute();
  return customer;
}

async function withDirectDebit(test: TestApp, customer: GivenCustomer): Promise<void> {
  const at = test.clock.now().toISOString();
  await test.deps.db
    .insertInto('mandates')
    .values({
      id: crypto.randomUUID(),
      agreement_id: customer.agreementId,
      customer_id: customer.customerId,
      state: 'active',
      scheme: 'bacs',
      account_holder_name: 'Ann Example',
      sort_code: '089999',
      routing_number: null,
      account_number_encrypted: 'sealed',
      account_last4: '4958',
      collection_day: 4,
      reference: `MQ${crypto.randomUUID().slice(0, 8)}`,
      guarantee_accepted_at: at,
      created_at: at,
      updated_at: at,
      cancelled_at: null,
      cancellation_lodged_at: null,
      collections_held: 0,
    })
    .execute();
}

async function paidByCard(test: TestApp, customer: GivenCustomer, on: IsoDate): Promise<void> {
  await test.deps.db.transaction().execute(async (trx) => {
    const at = new Date(`${on}T12:00:00.000Z`);
    const { payment } = await recordPayment(trx, {
      agreementId: customer.agreementId,
      customerId: customer.customerId,
      method: 'card',
      amount: AMOUNT,
      currency: 'GBP',
      idempotencyKey: crypto.randomUUID(),
      at,
    });
    await markPaymentPaid(trx, payment.id, on, at);
  });
}

async function run(test: TestApp, today: IsoDate) {
  test.clock.set(`${today}T07:00:00.000Z`);
  return runReminders(test.deps, { today });
}

async function subjects(test: TestApp, to: string): Promise<string[]> {
  return (await test.outbox.messages(to)).map((message) => message.subject).reverse();
}

describeEachDatabase('payment reminders and missed-payment notices', (getDb) => {
  // Friday 4 December 2026: reminders go 5 days before (the default), on Sunday 29 November.
  const DUE = '2026-12-04';

  it('reminds 5 days before an instalment, once however often the job runs', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await customerDueOn(test, [DUE]);
    expect(await run(test, '2026-11-28')).toMatchObject({ remindersSent: 0 });
    expect(await run(test, '2026-11-29')).toMatchObject({ remindersSent: 1 });
    expect(await run(test, '2026-11-29')).toMatchObject({ remindersSent: 0 });
    expect(await run(test, '2026-12-01')).toMatchObject({ remindersSent: 0 });
    expect(await subjects(test, customer.email)).toEqual([
      'Your payment of £250.00 is due on 2026-12-04',
    ]);
    const reminder = await test.outbox.latest(customer.email);
    expect(reminder.text_body).toContain(customer.agreementNumber);
  });

  it('sends one reminder when two instances run the job at the same moment', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await customerDueOn(test, [DUE]);
    test.clock.set('2026-11-29T07:00:00.000Z');
    const results = await Promise.all([
      runReminders(test.deps, { today: '2026-11-29' }),
      runReminders(test.deps, { today: '2026-11-29' }),
    ]);
    expect(results.map((result) => result.remindersSent).sort()).toEqual([0, 1]);
    expect(await test.outbox.messages(customer.email)).toHaveLength(1);
  });

  it('follows the configured number of days', async () => {
    const test = createTestApp({ db: getDb(), env: { PAYMENT_REMINDER_DAYS: '2' } });
    const customer = await customerDueOn(test, [DUE]);
    await run(test, '2026-11-29');
    expect(await test.outbox.messages(customer.email)).toEqual([]);
    await run(test, '2026-12-02');
    expect(await test.outbox.messages(customer.email)).toHaveLength(1);
  });

  it('says nothing to a Direct Debit payer, or about an instalment already paid', async () => {
    const test = createTestApp({ db: getDb() });
    const directDebit = await customerDueOn(test, [DUE]);
    await withDirectDebit(test, directDebit);
    const paidEarly = await customerDueOn(test, [DUE]);
    await paidByCard(test, paidEarly, '2026-11-20');
    await run(test, '2026-11-29');
    await run(test, '2026-12-07');
    expect(await test.outbox.messages(directDebit.email)).toEqual([]);
    expect(await test.outbox.messages(paidEarly.email)).toEqual([]);
  });

  it('sends a missed-payment notice the working day after an unpaid instalment, once', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await customerDueOn(test, [DUE]);
    await run(test, '2026-11-29');
    expect(await run(test, '2026-12-04')).toMatchObject({ missedPaymentNoticesSent: 0 });
    // Saturday and Sunday are not working days: the notice waits for Monday.
    expect(await run(test, '2026-12-05')).toMatchObject({ missedPaymentNoticesSent: 0 });
    expect(await run(test, '2026-12-06')).toMatchObject({ missedPaymentNoticesSent: 0 });
    expect(await run(test, '2026-12-07')).toMatchObject({ missedPaymentNoticesSent: 1 });
    expect(await run(test, '2026-12-07')).toMatchObject({ missedPaymentNoticesSent: 0 });
    expect(await run(test, '2026-12-08')).toMatchObject({ missedPaymentNoticesSent: 0 });
    expect(await subjects(test, customer.email)).toEqual([
      'Your payment of £250.00 is due on 2026-12-04',
      'We have not received your payment',
    ]);
  });

  it('names only what is still owed when part was paid', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await customerDueOn(test, [DUE]);
    await test.deps.db.transaction().execute(async (trx) => {
      const at = new Date('2026-12-03T12:00:00.000Z');
      const { payment } = await recordPayment(trx, {
        agreementId: customer.agreementId,
        customerId: customer.customerId,
        method: 'card',
        amount: 10_000,
        currency: 'GBP',
        idempotencyKey: crypto.randomUUID(),
        at,
      });
      await markPaymentPaid(trx, payment.id, '2026-12-03', at);
    });
    await run(test, '2026-12-07');
    const notice = await test.outbox.latest(customer.email);
    expect(notice.text_body).toContain('£150.00 of it has not reached us');
  });

  it('follows the customer’s channels: text too when chosen, e-mail always for a missed payment', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await customerDueOn(test, [DUE]);
    await test.deps.db
      .insertInto('notification_preferences')
      .values([
        {
          customer_id: customer.customerId,
          topic: 'payment_reminders',
          channel: 'email',
          enabled: 0,
          updated_at: test.clock.now().toISOString(),
        },
        {
          customer_id: customer.customerId,
          topic: 'payment_reminders',
          channel: 'sms',
          enabled: 1,
          updated_at: test.clock.now().toISOString(),
        },
      ])
      .execute();
    await run(test, '2026-11-29');
    await run(test, '2026-12-07');
    const sent = await test.deps.db
      .selectFrom('outbox')
      .select(['channel', 'subject'])
      .orderBy('seq')
      .execute();
    expect(sent).toEqual([
      { channel: 'sms', subject: 'Text message' },
      { channel: 'email', subject: 'We have not received your payment' },
      { channel: 'sms', subject: 'Text message' },
    ]);
  });
});
