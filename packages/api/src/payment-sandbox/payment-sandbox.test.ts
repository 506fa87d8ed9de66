import { describe, expect, it } from 'vitest';
import { FakeClock } from '../test/app.js';
import { verifySignatureHeader } from '../services/payments/webhook-signature.js';
import { createPaymentSandbox, type PaymentSandbox } from './payment-sandbox.js';

const SECRET_KEY = 'sk_test_sandbox';
const WEBHOOK_SECRET = 'whsec_sandbox';
const PARENT = 'http://localhost:3000';

interface Delivery {
  body: string;
  signature: string | null;
}

function givenSandbox(answers: number[] = []): {
  sandbox: PaymentSandbox;
  clock: FakeClock;
  deliveries: Delivery[];
} {
  const clock = new FakeClock();
  const deliveries: Delivery[] = [];
  const sandbox = createPaymentSandbox({
    webhookUrl: 'http://api.test/api/webhooks/payments',
    webhookSecret: WEBHOOK_SECRET,
    secretKey: SECRET_KEY,
    allowedParentOrigin: PARENT,
    publicUrl: 'http://sandbox.test',
    clock: clock.now,
    retryDelaysMs: [0, 0, 0],
    fetch: (_url, init) => {
      const headers = new Headers(init.headers);
      deliveries.push({
        body: typeof init.body === 'string' ? init.body : '',
        signature: headers.get('marque-signature'),
      });
      return Promise.resolve(new Response(null, { status: answers.shift() ?? 200 }));
    },
  });
  return { sandbox, clock, deliveries };
}

async function tokenFor(sandbox: PaymentSandbox, number: string): Promise<string> {
  const response = await sandbox.app.request('/v1/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, expMonth: 12, expYear: 30, cvc: '123' }),
  });
  const body = (await response.json()) as { id: string };
  return body.id;
}

function charge(sandbox: PaymentSandbox, key: string, body: object, secret = SECRET_KEY) {
  return sandbox.app.request('/v1/charges', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${secret}`,
      'idempotency-key': key,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
}

const aCharge = { amount: 25_000, currency: 'GBP', reference: 'pay-1' };

describe('the sandbox hosted card fields', () => {
  it('serve a labelled form that may be framed only by the customer site and runs no inline script', async () => {
    const { sandbox } = givenSandbox();
    const response = await sandbox.app.request('/hosted-fields');
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors ${PARENT}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).toMatch(/<label for="card-number">Card number<\/label>/);
    expect(html).toMatch(/<label for="card-cvc">/);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(html).toContain('<script src="/hosted-fields.js"');
  });

  it('send the token to the parent window at the allowed origin only', async () => {
    const { sandbox } = givenSandbox();
    const script = await (await sandbox.app.request('/hosted-fields.js')).text();
    expect(script).toContain('postMessage');
    expect(script).toContain("getAttribute('data-parent-origin')");
    expect(await (await sandbox.app.request('/hosted-fields')).text()).toContain(
      `data-parent-origin="${PARENT}"`,
    );
  });

  it('turn a card into a token exposing only brand and last four digits', async () => {
    const { sandbox } = givenSandbox();
    const response = await sandbox.app.request('/v1/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        number: '4242 4242 4242 4242',
        expMonth: 1,
        expYear: 2031,
        cvc: '123',
      }),
    });
    const body = (await response.json()) as { id: string; card: object };
    expect(body.id).toMatch(/^tok_[0-9a-f]{24}$/);
    expect(body.card).toEqual({ brand: 'visa', last4: '4242' });
  });

  it('refuse a number failing the Luhn check and an expired card', async () => {
    const { sandbox } = givenSandbox();
    const post = (number: string, expYear: number) =>
      sandbox.app.request('/v1/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number, expMonth: 10, expYear, cvc: '123' }),
      });
    expect((await post('4242424242424241', 30)).status).toBe(400);
    expect(await (await post('4242424242424242', 26)).json()).toMatchObject({
      error: { code: 'card_expired' },
    });
  });
});

describe('the sandbox server API', () => {
  it('approves 4242…, declines 4000…0002 and asks for a challenge on 4000…3155', async () => {
    const { sandbox } = givenSandbox();
    const approved = await charge(sandbox, 'k1', {
      ...aCharge,
      token: await tokenFor(sandbox, '4242424242424242'),
    });
    const declined = await charge(sandbox, 'k2', {
      ...aCharge,
      token: await tokenFor(sandbox, '4000000000000002'),
    });
    const challenged = await charge(sandbox, 'k3', {
      ...aCharge,
      token: await tokenFor(sandbox, '4000002500003155'),
    });
    expect(await approved.json()).toMatchObject({
      status: 'succeeded',
      id: expect.stringMatching(/^ch_/) as unknown,
    });
    expect(await declined.json()).toMatchObject({
      status: 'declined',
      failureReason: 'card_declined',
    });
    expect(await challenged.json()).toMatchObject({
      status: 'requires_action',
      nextActionUrl: expect.stringMatching(/^http:\/\/sandbox\.test\/challenge\/ch_/) as unknown,
    });
  });

  it('refuses a request without the secret key', async () => {
    const { sandbox } = givenSandbox();
    const token = await tokenFor(sandbox, '4242424242424242');
    expect((await charge(sandbox, 'k', { ...aCharge, token }, 'sk_wrong')).status).toBe(401);
  });

  it('answers the same key and body with the same charge, and a different body with 409', async () => {
    const { sandbox, deliveries } = givenSandbox();
    const body = { ...aCharge, token: await tokenFor(sandbox, '4242424242424242') };
    const first = await (await charge(sandbox, 'same', body)).json();
    const again = await (await charge(sandbox, 'same', body)).json();
    expect(again).toEqual(first);
    expect((await charge(sandbox, 'same', { ...body, amount: 1 })).status).toBe(409);
    await sandbox.idle();
    expect(deliveries).toHaveLength(1);
  });

  it('shows a charge by the merchant’s reference to the secret key only, and 404 for an unknown one', async () => {
    const { sandbox } = givenSandbox();
    const made = await charge(sandbox, 'k', {
      ...aCharge,
      token: await tokenFor(sandbox, '4000000000000002'),
    });
    const lookUp = (reference: string, secret = SECRET_KEY) =>
      sandbox.app.request(`/v1/charges?reference=${reference}`, {
        headers: { authorization: `Bearer ${secret}` },
      });
    expect(await (await lookUp('pay-1')).json()).toEqual(await made.json());
    expect((await lookUp('pay-1', 'sk_wrong')).status).toBe(401);
    expect((await lookUp('pay-2')).status).toBe(404);
  });

  it('uses a token once and forgets it after 15 minutes', async () => {
    const { sandbox, clock } = givenSandbox();
    const token = await tokenFor(sandbox, '4242424242424242');
    expect((await charge(sandbox, 'a', { ...aCharge, token })).status).toBe(200);
    expect(await (await charge(sandbox, 'b', { ...aCharge, token })).json()).toMatchObject({
      error: { code: 'token_invalid' },
    });
    const later = await tokenFor(sandbox, '4242424242424242');
    clock.advance({ minutes: 15 });
    expect((await charge(sandbox, 'c', { ...aCharge, token: later })).status).toBe(400);
  });
});

describe('the sandbox challenge and webhooks', () => {
  it('completes a challenge, sends the customer back and signs a charge.succeeded webhook', async () => {
    const { sandbox, clock, deliveries } = givenSandbox();
    const token = await tokenFor(sandbox, '4000002500003155');
    const started = (await (
      await charge(sandbox, 'k', { ...aCharge, token, returnUrl: `${PARENT}/payments/p1` })
    ).json()) as { nextActionUrl: string };
    const path = new URL(started.nextActionUrl).pathname;
    const page = await sandbox.app.request(path);
    const html = await page.text();
    expect(html).toContain('>Complete</button>');
    expect(html).toContain('>Fail</button>');
    expect(html).not.toContain('<script');
    expect(page.headers.get('content-security-policy')).toContain(`form-action 'self' ${PARENT}`);
    const done = await sandbox.app.request(`${path}/complete`, { method: 'POST' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${PARENT}/payments/p1`);
    expect((await sandbox.app.request(`${path}/fail`, { method: 'POST' })).status).toBe(404);
    await sandbox.idle();
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(JSON.parse(delivery?.body ?? '')).toMatchObject({
      id: expect.stringMatching(/^evt_/) as unknown,
      type: 'charge.succeeded',
      data: { reference: 'pay-1', amount: 25_000, currency: 'GBP' },
    });
    expect(
      verifySignatureHeader(
        WEBHOOK_SECRET,
        delivery?.signature ?? '',
        delivery?.body ?? '',
        clock.now(),
      ),
    ).toEqual({ ok: true });
  });

  it('fails a charge when the challenge fails, with the reason in the webhook', async () => {
    const { sandbox, deliveries } = givenSandbox();
    const token = await tokenFor(sandbox, '4000002500003155');
    const started = (await (await charge(sandbox, 'k', { ...aCharge, token })).json()) as {
      nextActionUrl: string;
    };
    const fail = await sandbox.app.request(`${new URL(started.nextActionUrl).pathname}/fail`, {
      method: 'POST',
    });
    expect(fail.status).toBe(200);
    await sandbox.idle();
    expect(JSON.parse(deliveries[0]?.body ?? '')).toMatchObject({
      type: 'charge.failed',
      data: { failureReason: 'authentication_failed' },
    });
  });

  it('retries a webhook answered with an error, and gives up after the last retry', async () => {
    const retried = givenSandbox([500, 503]);
    await charge(retried.sandbox, 'k', {
      ...aCharge,
      token: await tokenFor(retried.sandbox, '4242424242424242'),
    });
    await retried.sandbox.idle();
    expect(retried.deliveries).toHaveLength(3);

    const hopeless = givenSandbox([500, 500, 500, 500, 500]);
    await charge(hopeless.sandbox, 'k', {
      ...aCharge,
      token: await tokenFor(hopeless.sandbox, '4242424242424242'),
    });
    await hopeless.sandbox.idle();
    expect(hopeless.deliveries).toHaveLength(4);
  });
});
