import { expect, it } from 'vitest';
import { PaymentGatewayError } from '../../services/payments/payment-gateway.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, givenCustomer, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface RefundAnswer {
  id: string;
  status: string;
  amount: number;
  failureReason: string | null;
  approvedBy: { id: string } | null;
}

const APPROVE_CARD = '4242424242424242';

function key(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/** A bank transfer of `amount` received for a new customer, recorded by an agent. */
async function transferPayment(test: TestApp, amount: string): Promise<string> {
  const customer = await givenCustomer(test.deps.db);
  const { browser } = await staffBrowser(test, 'agent');
  const recorded = await browser.mutation<{ payment: { id: string } }>(
    'payments.recordBankTransfer',
    {
      agreementNumber: customer.agreementNumber,
      amount,
      receivedOn: '2026-11-20',
      bankReference: key(),
    },
  );
  return recorded.data?.payment.id ?? '';
}

/** A card payment the customer made through the sandbox provider. */
async function cardPayment(test: TestApp, amount: number): Promise<string> {
  const account = await givenAccount(test.deps.db);
  const customer = test.client();
  await signIn(customer, account);
  const token = await test.paymentSandbox.app.request('/v1/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: APPROVE_CARD, expMonth: 12, expYear: 2030, cvc: '123' }),
  });
  const paid = await customer.mutation<{ paymentId: string; status: string }>(
    'payments.makeCardPayment',
    {
      agreementId: account.agreementId,
      amount,
      paymentToken: ((await token.json()) as { id: string }).id,
      idempotencyKey: key(),
    },
  );
  expect(paid.data?.status).toBe('paid');
  await test.paymentSandbox.idle();
  return paid.data?.paymentId ?? '';
}

async function ledgerOf(test: TestApp, paymentId: string) {
  const rows = await test.deps.db
    .selectFrom('ledger_entries')
    .select(['kind', 'amount'])
    .where('reference', '=', paymentId)
    .orderBy('created_at')
    .orderBy('kind', 'desc')
    .execute();
  return rows;
}

async function paymentStatus(test: TestApp, paymentId: string): Promise<string> {
  const row = await test.deps.db
    .selectFrom('payments')
    .select('status')
    .where('id', '=', paymentId)
    .executeTakeFirstOrThrow();
  return row.status;
}

async function supervisor(test: TestApp): Promise<TestClient> {
  return (await staffBrowser(test, 'supervisor')).browser;
}

describeEachDatabase('refunds', (getDb) => {
  it('pays back a refund up to the limit at once, as a ledger refund for a bank transfer', async () => {
    const test = createTestApp({ db: getDb(), env: { REFUND_APPROVAL_ABOVE: '10000' } });
    const paymentId = await transferPayment(test, '100.00');
    const boss = await supervisor(test);
    const refund = await boss.mutation<RefundAnswer>('refunds.request', {
      paymentId,
      reason: 'Paid to us in error',
      idempotencyKey: key(),
    });
    expect(refund.data).toMatchObject({ status: 'completed', amount: 10_000, approvedBy: null });
    expect(await paymentStatus(test, paymentId)).toBe('refunded');
    expect(await ledgerOf(test, paymentId)).toEqual([
      { kind: 'payment_received', amount: 10_000 },
      { kind: 'refund', amount: 10_000 },
    ]);
  });

  it('holds a refund above the limit for a second supervisor: the requester cannot approve it', async () => {
    const test = createTestApp({ db: getDb(), env: { REFUND_APPROVAL_ABOVE: '10000' } });
    const paymentId = await cardPayment(test, 25_000);
    const requester = await supervisor(test);
    const asked = await requester.mutation<RefundAnswer>('refunds.request', {
      paymentId,
      reason: 'Customer paid twice by mistake',
      idempotencyKey: key(),
    });
    expect(asked.data).toMatchObject({ status: 'awaiting_approval', amount: 25_000 });
    const refundId = asked.data?.id ?? '';
    expect(await paymentStatus(test, paymentId)).toBe('paid');

    const ownApproval = await requester.mutation('refunds.decide', {
      refundId,
      decision: 'approve',
    });
    expect(ownApproval.status).toBe(403);
    expect(ownApproval.error?.message).toBe(
      'You asked for this refund, so another supervisor must approve or reject it.',
    );
    const agent = (await staffBrowser(test, 'agent')).browser;
    expect((await agent.mutation('refunds.decide', { refundId, decision: 'approve' })).status).toBe(
      403,
    );
    expect(await paymentStatus(test, paymentId)).toBe('paid');

    const second = await supervisor(test);
    const approved = await second.mutation<RefundAnswer>('refunds.decide', {
      refundId,
      decision: 'approve',
      note: 'Checked the duplicate on the statement',
    });
    expect(approved.data?.status).toBe('completed');
    expect(approved.data?.approvedBy).not.toBeNull();
    expect(await paymentStatus(test, paymentId)).toBe('refunded');
    expect(await ledgerOf(test, paymentId)).toEqual([
      { kind: 'payment_received', amount: 25_000 },
      { kind: 'refund', amount: 25_000 },
    ]);
    const again = await second.mutation('refunds.decide', { refundId, decision: 'approve' });
    expect(again.status).toBe(409);

    // The provider gave the money back once: a second refund of the charge is refused there too.
    const stored = await test.deps.db
      .selectFrom('payments')
      .select('gateway_reference')
      .where('id', '=', paymentId)
      .executeTakeFirstOrThrow();
    const outcome = await test.deps.paymentGateway.refund({
      chargeId: stored.gateway_reference ?? '',
      amount: 25_000,
      currency: 'GBP',
      idempotencyKey: key(),
    });
    expect(outcome).toEqual({
      refundId: null,
      status: 'refused',
      failureReason: 'amount_too_large',
    });
    const events = await test.deps.db
      .selectFrom('audit_events')
      .select('event')
      .where('event', 'like', 'refund.%')
      .orderBy('seq')
      .execute();
    expect(events.map((row) => row.event)).toEqual([
      'refund.requested',
      'refund.approved',
      'refund.completed',
    ]);
  });

  it('lets an agent neither ask for nor list refunds', async () => {
    const test = createTestApp({ db: getDb() });
    const paymentId = await transferPayment(test, '10.00');
    const agent = (await staffBrowser(test, 'agent')).browser;
    const asked = await agent.mutation('refunds.request', {
      paymentId,
      reason: 'Paid to us in error',
      idempotencyKey: key(),
    });
    expect(asked.status).toBe(403);
    expect((await agent.query('refunds.list', {})).status).toBe(403);
    expect(await paymentStatus(test, paymentId)).toBe('paid');
  });

  it('answers a retried request with the first refund, and refuses a second refund of a payment', async () => {
    const test = createTestApp({ db: getDb(), env: { REFUND_APPROVAL_ABOVE: '0' } });
    const paymentId = await transferPayment(test, '40.00');
    const boss = await supervisor(test);
    const input = { paymentId, reason: 'Paid to us in error', idempotencyKey: key() };
    const [first, retried] = await Promise.all([
      boss.mutation<RefundAnswer>('refunds.request', input),
      boss.mutation<RefundAnswer>('refunds.request', input),
    ]);
    expect(first.data?.id).toBe(retried.data?.id);
    const other = await boss.mutation('refunds.request', { ...input, idempotencyKey: key() });
    expect(other.status).toBe(409);
    expect(other.error?.message).toBe(
      'This payment already has a refund, waiting for a second supervisor.',
    );
    const rejected = await (
      await supervisor(test)
    ).mutation<RefundAnswer>('refunds.decide', {
      refundId: first.data?.id,
      decision: 'reject',
      note: 'Customer still owes arrears',
    });
    expect(rejected.data?.status).toBe('rejected');
    const askedAgain = await boss.mutation<RefundAnswer>('refunds.request', {
      ...input,
      idempotencyKey: key(),
    });
    expect(askedAgain.data?.status).toBe('awaiting_approval');
    const count = await test.deps.db.selectFrom('refunds').select('id').execute();
    expect(count).toHaveLength(2);
  });

  it('refuses to refund a payment that is not paid, or that does not exist', async () => {
    const test = createTestApp({ db: getDb() });
    const paymentId = await transferPayment(test, '10.00');
    await test.deps.db
      .updateTable('payments')
      .set({ status: 'failed' })
      .where('id', '=', paymentId)
      .execute();
    const boss = await supervisor(test);
    const failed = await boss.mutation('refunds.request', {
      paymentId,
      reason: 'Paid to us in error',
      idempotencyKey: key(),
    });
    expect(failed.status).toBe(400);
    expect(failed.error?.message).toBe('Only a paid payment can be refunded; this one is failed.');
    const missing = await boss.mutation('refunds.request', {
      paymentId: crypto.randomUUID(),
      reason: 'Paid to us in error',
      idempotencyKey: key(),
    });
    expect(missing.status).toBe(404);
  });

  it('marks a card refund failed when the provider does not answer, and retries it with the same key', async () => {
    const test = createTestApp({ db: getDb(), env: { REFUND_APPROVAL_ABOVE: '100000' } });
    const paymentId = await cardPayment(test, 5_000);
    const gateway = test.deps.paymentGateway;
    const realRefund = gateway.refund.bind(gateway);
    const keys: string[] = [];
    let answer = false;
    gateway.refund = (request) => {
      keys.push(request.idempotencyKey);
      if (!answer) throw new PaymentGatewayError('unavailable', 'timed out');
      return realRefund(request);
    };
    const boss = await supervisor(test);
    const asked = await boss.mutation<RefundAnswer>('refunds.request', {
      paymentId,
      reason: 'Goodwill refund agreed on the phone',
      idempotencyKey: key(),
    });
    expect(asked.data).toMatchObject({
      status: 'failed',
      failureReason: 'The card provider did not answer. Try again in a few minutes.',
    });
    expect(await paymentStatus(test, paymentId)).toBe('paid');
    answer = true;
    const retried = await boss.mutation<RefundAnswer>('refunds.retry', {
      refundId: asked.data?.id,
    });
    expect(retried.data?.status).toBe('completed');
    expect(new Set(keys).size).toBe(1);
    expect(await paymentStatus(test, paymentId)).toBe('refunded');
    const retryDone = await boss.mutation('refunds.retry', { refundId: asked.data?.id });
    expect(retryDone.status).toBe(409);
  });
});
