import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import {
  createPaymentSandbox,
  type PaymentSandbox,
} from '../../payment-sandbox/payment-sandbox.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { NOT_CHARGED, reconcileCardPayments } from './card-reconciliation.js';
import { recordPayment } from './record-payment.js';
import { SandboxGateway } from './sandbox-gateway.js';

const AMOUNT = 25_000;

/** A provider whose webhooks never reach us (our endpoint down for as long as it retries). */
function providerWithoutWebhooks(test: () => TestApp): PaymentSandbox {
  return createPaymentSandbox({
    webhookUrl: 'http://localhost:3000/api/webhooks/payments',
    webhookSecret: 'whsec_unused',
    secretKey: 'sk_test_reconcile',
    allowedParentOrigin: 'http://localhost:3000',
    publicUrl: 'http://localhost:3002',
    clock: () => test().clock.now(),
    retryDelaysMs: [],
    fetch: () => Promise.resolve(new Response(null, { status: 503 })),
  });
}

async function tokenFor(provider: PaymentSandbox, number: string): Promise<string> {
  const response = await provider.app.request('/v1/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, expMonth: 12, expYear: 30, cvc: '123' }),
  });
  return ((await response.json()) as { id: string }).id;
}

describeEachDatabase('reconcileCardPayments', (getDb: () => Kysely<Database>) => {
  let provider: PaymentSandbox;
  let reachable = true;

  function given(): TestApp {
    reachable = true;
    const test: TestApp = createTestApp({
      db: getDb(),
      paymentGateway: new SandboxGateway({
        baseUrl: 'http://localhost:3002',
        secretKey: 'sk_test_reconcile',
        fetch: (url, init) =>
          reachable
            ? Promise.resolve(provider.app.request(url, init))
            : Promise.reject(new Error('connect ECONNREFUSED')),
      }),
    });
    provider = providerWithoutWebhooks(() => test);
    return test;
  }

  /** A card payment recorded as pending; `card` is charged at the provider, its answer lost. */
  async function pendingPayment(test: TestApp, card: string | null) {
    const customer = await givenCustomer(getDb());
    const { payment } = await recordPayment(getDb(), {
      agreementId: customer.agreementId,
      customerId: customer.customerId,
      method: 'card',
      amount: AMOUNT,
      currency: 'GBP',
      idempotencyKey: crypto.randomUUID(),
      at: test.clock.now(),
    });
    if (card !== null) {
      await test.deps.paymentGateway.charge({
        token: await tokenFor(provider, card),
        amount: AMOUNT,
        currency: 'GBP',
        reference: payment.id,
        returnUrl: 'http://localhost:3000/payments/result',
        idempotencyKey: payment.id,
      });
    }
    return { paymentId: payment.id, agreementId: customer.agreementId };
  }

  async function paymentOf(paymentId: string) {
    return getDb()
      .selectFrom('payments')
      .select(['status', 'failure_reason', 'gateway_reference'])
      .where('id', '=', paymentId)
      .executeTakeFirstOrThrow();
  }

  async function creditsOf(agreementId: string) {
    return getDb()
      .selectFrom('ledger_entries')
      .select(['kind', 'amount'])
      .where('agreement_id', '=', agreementId)
      .where('kind', '=', 'payment_received')
      .execute();
  }

  it('settles a payment the provider charged when neither its answer nor its webhook reached us, once', async () => {
    const test = given();
    const { paymentId, agreementId } = await pendingPayment(test, '4242424242424242');
    test.clock.advance({ minutes: 31 });
    expect(await reconcileCardPayments(test.deps)).toMatchObject({ checked: 1, paid: 1 });
    expect(await paymentOf(paymentId)).toMatchObject({
      status: 'paid',
      gateway_reference: expect.stringMatching(/^ch_/) as unknown,
    });
    expect(await creditsOf(agreementId)).toEqual([{ kind: 'payment_received', amount: AMOUNT }]);
    expect(await reconcileCardPayments(test.deps)).toMatchObject({ checked: 0 });
    expect(await creditsOf(agreementId)).toHaveLength(1);
  });

  it('leaves a payment pending for less than 30 minutes alone: its charge may still be in flight', async () => {
    const test = given();
    const { paymentId } = await pendingPayment(test, null);
    test.clock.advance({ minutes: 29 });
    expect(await reconcileCardPayments(test.deps)).toMatchObject({ checked: 0 });
    expect((await paymentOf(paymentId)).status).toBe('pending');
  });

  it('fails a payment whose charge the provider never received, taking nothing', async () => {
    const test = given();
    const { paymentId, agreementId } = await pendingPayment(test, null);
    test.clock.advance({ minutes: 31 });
    expect(await reconcileCardPayments(test.deps)).toMatchObject({ checked: 1, failed: 1 });
    expect(await paymentOf(paymentId)).toMatchObject({
      status: 'failed',
      failure_reason: NOT_CHARGED,
    });
    expect(await creditsOf(agreementId)).toEqual([]);
  });

  it('fails a declined charge and marks one awaiting the customer’s authentication', async () => {
    const test = given();
    const declined = await pendingPayment(test, '4000000000000002');
    const challenged = await pendingPayment(test, '4000002500003155');
    test.clock.advance({ hours: 2 });
    expect(await reconcileCardPayments(test.deps)).toMatchObject({
      checked: 2,
      failed: 1,
      awaitingCustomer: 1,
    });
    expect(await paymentOf(declined.paymentId)).toMatchObject({
      status: 'failed',
      failure_reason: 'card_declined',
    });
    expect((await paymentOf(challenged.paymentId)).status).toBe('requires_action');
  });

  it('keeps a payment pending and asks again next time when the provider does not answer', async () => {
    const test = given();
    const { paymentId } = await pendingPayment(test, '4242424242424242');
    test.clock.advance({ minutes: 31 });
    reachable = false;
    expect(await reconcileCardPayments(test.deps)).toMatchObject({ checked: 1, unanswered: 1 });
    expect((await paymentOf(paymentId)).status).toBe('pending');
    reachable = true;
    expect(await reconcileCardPayments(test.deps)).toMatchObject({ checked: 1, paid: 1 });
  });
});
