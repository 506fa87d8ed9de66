import { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import type { Database } from '../../db/schema.js';
import { signatureHeader } from '../../services/payments/webhook-signature.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const APPROVE = '4242424242424242';
const DECLINE = '4000000000000002';
const CHALLENGE = '4000002500003155';

interface Answer {
  paymentId: string;
  status: string;
  nextActionUrl?: string;
  failureReason?: string;
}

async function tokenFor(test: TestApp, number: string): Promise<string> {
  const response = await test.paymentSandbox.app.request('/v1/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, expMonth: 12, expYear: 2030, cvc: '123' }),
  });
  return ((await response.json()) as { id: string }).id;
}

function newKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

async function signedInCustomer(
  test: TestApp,
): Promise<{ account: GivenAccount; client: TestClient }> {
  const account = await givenAccount(test.deps.db);
  const client = test.client();
  await signIn(client, account);
  return { account, client };
}

async function ledgerCredits(db: Kysely<Database>, paymentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select('kind')
    .where('reference', '=', paymentId)
    .execute();
  return rows.map((row) => row.kind);
}

async function postWebhook(test: TestApp, body: string, signature: string): Promise<Response> {
  return await test.app.request('/api/webhooks/payments', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'marque-signature': signature },
    body,
  });
}

describeEachDatabase('payments', (getDb) => {
  it('takes an approved card payment: paid at once, credited once even after the webhook', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const result = await client.mutation<Answer>('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: 10_000,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    });
    expect(result.data).toEqual({ paymentId: expect.any(String) as unknown, status: 'paid' });
    await test.paymentSandbox.idle();
    const paymentId = result.data?.paymentId ?? '';
    expect(await ledgerCredits(test.deps.db, paymentId)).toEqual(['payment_received']);
    expect((await client.query('payments.get', { paymentId })).data).toMatchObject({
      status: 'paid',
      amount: 10_000,
      method: 'card',
      currency: 'GBP',
      settledOn: '2026-11-23',
    });
  });

  it('reports a declined card as failed, with nothing credited', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const result = await client.mutation<Answer>('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: 10_000,
      paymentToken: await tokenFor(test, DECLINE),
      idempotencyKey: newKey(),
    });
    expect(result.data).toMatchObject({ status: 'failed', failureReason: 'card_declined' });
    await test.paymentSandbox.idle();
    expect(await ledgerCredits(test.deps.db, result.data?.paymentId ?? '')).toEqual([]);
  });

  it('sends a challenged card to the challenge page and settles it when the customer completes it', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const result = await client.mutation<Answer>('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: 10_000,
      paymentToken: await tokenFor(test, CHALLENGE),
      idempotencyKey: newKey(),
    });
    expect(result.data?.status).toBe('requires_action');
    const challenge = new URL(result.data?.nextActionUrl ?? '');
    expect(challenge.origin).toBe(test.config.paymentGateway.origin);
    const done = await test.paymentSandbox.app.request(`${challenge.pathname}/complete`, {
      method: 'POST',
    });
    expect(done.headers.get('location')).toBe(
      `${test.config.publicWebUrl}/payments/${result.data?.paymentId ?? ''}`,
    );
    await test.paymentSandbox.idle();
    const paymentId = result.data?.paymentId ?? '';
    expect((await client.query<Answer>('payments.get', { paymentId })).data?.status).toBe('paid');
    expect(await ledgerCredits(test.deps.db, paymentId)).toEqual(['payment_received']);
  });

  it('fails a challenged payment the customer does not complete', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const result = await client.mutation<Answer>('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: 10_000,
      paymentToken: await tokenFor(test, CHALLENGE),
      idempotencyKey: newKey(),
    });
    const challenge = new URL(result.data?.nextActionUrl ?? '');
    await test.paymentSandbox.app.request(`${challenge.pathname}/fail`, { method: 'POST' });
    await test.paymentSandbox.idle();
    const paymentId = result.data?.paymentId ?? '';
    expect((await client.query('payments.get', { paymentId })).data).toMatchObject({
      status: 'failed',
      failureReason: 'authentication_failed',
    });
    expect(await ledgerCredits(test.deps.db, paymentId)).toEqual([]);
  });

  it('makes one charge and one ledger entry for 50 concurrent calls with one key, all answered alike', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const input = {
      agreementId: account.agreementId,
      amount: 10_000,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.mutation<Answer>('payments.makeCardPayment', input)),
    );
    await test.paymentSandbox.idle();
    expect(results.map((result) => result.status)).toEqual(Array<number>(50).fill(200));
    const answers = new Set(results.map((result) => JSON.stringify(result.data)));
    expect(answers.size).toBe(1);
    const payments = await test.deps.db.selectFrom('payments').selectAll().execute();
    expect(payments).toHaveLength(1);
    expect(await ledgerCredits(test.deps.db, payments[0]?.id ?? '')).toEqual(['payment_received']);
  });

  it('refuses the same key with a different amount', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const input = {
      agreementId: account.agreementId,
      amount: 10_000,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    };
    await client.mutation('payments.makeCardPayment', input);
    const again = await client.mutation('payments.makeCardPayment', { ...input, amount: 5_000 });
    expect(again.error?.data.code).toBe('CONFLICT');
  });

  it('applies a webhook delivered three times once', async () => {
    const test = createTestApp({ db: getDb() });
    const { account } = await signedInCustomer(test);
    const payment = await test.deps.db
      .insertInto('payments')
      .values({
        id: crypto.randomUUID(),
        agreement_id: account.agreementId,
        customer_id: account.customerId,
        method: 'card',
        amount: 4_200,
        currency: 'GBP',
        status: 'pending',
        idempotency_key: 'k',
        gateway_reference: 'ch_1',
        next_action_url: null,
        failure_reason: null,
        created_at: '2026-11-23T12:00:00.000Z',
        updated_at: '2026-11-23T12:00:00.000Z',
        settled_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const body = JSON.stringify({
      id: 'evt_1',
      type: 'charge.succeeded',
      data: { chargeId: 'ch_1', reference: payment.id, amount: 4_200, currency: 'GBP' },
    });
    const signature = signatureHeader(
      test.config.paymentGateway.webhookSecret,
      body,
      test.clock.now(),
    );
    const responses = await Promise.all([1, 2, 3].map(() => postWebhook(test, body, signature)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    const results = await Promise.all(
      responses.map(async (response) => ((await response.json()) as { result: string }).result),
    );
    expect(results.sort()).toEqual(['duplicate', 'duplicate', 'processed']);
    expect(await ledgerCredits(test.deps.db, payment.id)).toEqual(['payment_received']);
  });

  it('refuses and audits a forged signature and a stale one', async () => {
    const test = createTestApp({ db: getDb() });
    const body = JSON.stringify({
      id: 'evt_forged',
      type: 'charge.succeeded',
      data: { chargeId: 'ch_x', reference: 'x', amount: 1, currency: 'GBP' },
    });
    const forged = await postWebhook(
      test,
      body,
      signatureHeader('not-the-secret', body, test.clock.now()),
    );
    const stale = signatureHeader(test.config.paymentGateway.webhookSecret, body, test.clock.now());
    test.clock.advance({ minutes: 5, seconds: 1 });
    const late = await postWebhook(test, body, stale);
    const unsigned = await postWebhook(test, body, '');
    expect([forged.status, late.status, unsigned.status]).toEqual([400, 400, 400]);
    const audits = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'details'])
      .where('event', '=', 'payment.webhook_refused')
      .orderBy('seq')
      .execute();
    expect(audits.map((audit) => JSON.parse(audit.details ?? '{}') as unknown)).toEqual([
      { reason: 'mismatch' },
      { reason: 'stale' },
      { reason: 'missing' },
    ]);
    expect(await test.deps.db.selectFrom('payment_webhook_events').selectAll().execute()).toEqual(
      [],
    );
  });

  it('defaults the amount to what is due, refuses nothing or more than the settlement figure', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const settlement = await client.query<{ amount: number }>('agreements.settlementQuote', {
      agreementId: account.agreementId,
    });
    const maximum = settlement.data?.amount ?? 0;
    const tooMuch = await client.mutation('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: maximum + 1,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    });
    expect(tooMuch.error?.data.code).toBe('BAD_REQUEST');
    expect(tooMuch.error?.message).toMatch(/at most .*settles this agreement/);
    const zero = await client.mutation('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: 0,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    });
    expect(zero.error?.data.code).toBe('BAD_REQUEST');
    const summary =
      await client.query<
        { position: { arrears: { amount: number }; nextPayment: { amount: number } | null } }[]
      >('agreements.list');
    const position = summary.data?.[0]?.position;
    const expected =
      (position?.arrears.amount ?? 0) > 0
        ? position?.arrears.amount
        : position?.nextPayment?.amount;
    const defaulted = await client.mutation<Answer>('payments.makeCardPayment', {
      agreementId: account.agreementId,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    });
    const paymentId = defaulted.data?.paymentId ?? '';
    expect(
      (await client.query<{ amount: number }>('payments.get', { paymentId })).data?.amount,
    ).toBe(expected);
  });

  it("never shows or charges another customer's agreement or payment", async () => {
    const test = createTestApp({ db: getDb() });
    const owner = await signedInCustomer(test);
    const other = await signedInCustomer(test);
    const paid = await owner.client.mutation<Answer>('payments.makeCardPayment', {
      agreementId: owner.account.agreementId,
      amount: 1_000,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    });
    const paymentId = paid.data?.paymentId ?? '';
    const get = await other.client.query('payments.get', { paymentId });
    expect(get.error?.data.code).toBe('NOT_FOUND');
    const listed = await other.client.query<{ items: unknown[] }>('payments.list', {
      agreementId: owner.account.agreementId,
    });
    expect(listed.data?.items).toEqual([]);
    expect(
      (await other.client.query<{ items: unknown[] }>('payments.list', {})).data?.items,
    ).toEqual([]);
    const charge = await other.client.mutation('payments.makeCardPayment', {
      agreementId: owner.account.agreementId,
      amount: 1_000,
      paymentToken: await tokenFor(test, APPROVE),
      idempotencyKey: newKey(),
    });
    expect(charge.error?.data.code).toBe('NOT_FOUND');
    const transfer = await other.client.query('payments.bankTransferDetails', {
      agreementId: owner.account.agreementId,
    });
    expect(transfer.error?.data.code).toBe('NOT_FOUND');
    expect(
      (await owner.client.query<{ items: unknown[] }>('payments.list', {})).data?.items,
    ).toHaveLength(1);
  });

  it('pages the payment history newest first', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    for (const amount of [100, 200, 300]) {
      await client.mutation('payments.makeCardPayment', {
        agreementId: account.agreementId,
        amount,
        paymentToken: await tokenFor(test, APPROVE),
        idempotencyKey: newKey(),
      });
      test.clock.advance({ minutes: 1 });
    }
    type Page = { items: { amount: number }[]; nextCursor: string | null };
    const first = await client.query<Page>('payments.list', { limit: 2 });
    expect(first.data?.items.map((item) => item.amount)).toEqual([300, 200]);
    const second = await client.query<Page>('payments.list', {
      limit: 2,
      cursor: first.data?.nextCursor,
    });
    expect(second.data).toEqual({
      items: [expect.objectContaining({ amount: 100 }) as unknown],
      nextCursor: null,
    });
  });

  it('gives the lender account and the agreement number as the transfer reference', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedInCustomer(test);
    const details = await client.query('payments.bankTransferDetails', {
      agreementId: account.agreementId,
    });
    expect(details.data).toEqual({
      accountName: 'Marque Motor Finance Ltd',
      sortCode: '20-00-00',
      routingNumber: null,
      accountNumber: '55779911',
      reference: account.agreementNumber,
      currency: 'GBP',
    });
  });

  it('never lets a card number reach the database, the logs or an API response', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'trace' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    const test = createTestApp({ db: getDb(), logger });
    const { account, client } = await signedInCustomer(test);
    const responses: string[] = [];
    for (const number of [APPROVE, DECLINE, CHALLENGE]) {
      const result = await client.mutation('payments.makeCardPayment', {
        agreementId: account.agreementId,
        amount: 1_000,
        paymentToken: await tokenFor(test, number),
        idempotencyKey: newKey(),
      });
      responses.push(JSON.stringify(result.body));
    }
    responses.push(JSON.stringify((await client.query('payments.list', {})).body));
    // A card number sent to our API by mistake is refused without being echoed or logged.
    const misuse = await client.mutation('payments.makeCardPayment', {
      agreementId: account.agreementId,
      amount: 1_000,
      paymentToken: APPROVE,
      idempotencyKey: newKey(),
    });
    responses.push(JSON.stringify(misuse.body));
    await test.paymentSandbox.idle();

    const dump: string[] = [];
    for (const table of await test.deps.db.introspection.getTables()) {
      const rows = await test.deps.db
        .selectFrom(table.name as keyof Database)
        .selectAll()
        .execute();
      dump.push(JSON.stringify(rows));
    }
    for (const haystack of [dump.join('\n'), lines.join('\n'), responses.join('\n')]) {
      for (const number of [APPROVE, DECLINE, CHALLENGE]) expect(haystack).not.toContain(number);
    }
    expect(dump.join('\n')).toContain('payment_received');
  });

  it('lets the customer site frame only the payment provider', async () => {
    const test = createTestApp({ db: getDb() });
    const response = await test.app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain(
      `frame-src ${test.config.paymentGateway.origin}`,
    );
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
