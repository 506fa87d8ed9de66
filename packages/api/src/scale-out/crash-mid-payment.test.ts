import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-customers.js';
import type { ApiProcess } from '../test/api-process.js';
import { testConfig, type TestClient } from '../test/app.js';
import { openDatabase } from '../db/connect.js';
import { reconcileCardPayments } from '../services/payments/card-reconciliation.js';
import { SandboxGateway } from '../services/payments/sandbox-gateway.js';
import { signatureHeader, SIGNATURE_HEADER } from '../services/payments/webhook-signature.js';
import { TEST_DIALECTS } from '../test/databases.js';
import { startDeployment, type Deployment } from '../test/deployment.js';
import { approvedCardToken, newIdempotencyKey } from './card-payments.js';
import { queryRows } from './shared-database.js';

const CRASHES = 3;
const PAYERS = 4;
const AMOUNT = 100;
const PROVIDER_KEY = 'sk_test_crash_mid_payment';
const WEBHOOK_SECRET = 'whsec_crash_mid_payment';
/** The sandbox's test card that asks for the customer's authentication, leaving the payment open. */
const CHALLENGE_CARD = '4000002500003155';

interface Attempt {
  idempotencyKey: string;
  paymentToken: string;
  /** The answer, when the instance gave one before it died. */
  paymentId: string | null;
}

async function signedIn(deployment: Deployment, instance: ApiProcess): Promise<TestClient> {
  const browser = deployment.client(instance);
  const login = await browser.mutation<{ status: string }>('auth.login', {
    username: 'hp.demo',
    password: DEMO_PASSWORD,
  });
  if (login.data?.status !== 'signed_in') throw new Error(JSON.stringify(login.body));
  return browser;
}

/** Whatever the instance answered, or null when the connection died with it. */
async function pay(
  browser: TestClient,
  agreementId: string,
  attempt: Attempt,
): Promise<{ paymentId: string; status: string } | null> {
  try {
    const result = await browser.mutation<{ paymentId: string; status: string }>(
      'payments.makeCardPayment',
      {
        agreementId,
        amount: AMOUNT,
        paymentToken: attempt.paymentToken,
        idempotencyKey: attempt.idempotencyKey,
      },
    );
    return result.data ?? null;
  } catch {
    return null;
  }
}

// Real processes killed with SIGKILL over a shared PostgreSQL database, as in a deployment.
describe.skipIf(!TEST_DIALECTS.includes('postgres'))('an instance killed mid-payment', () => {
  let deployment: Deployment;

  beforeAll(async () => {
    deployment = await startDeployment(2, {
      PAYMENT_SECRET_KEY: PROVIDER_KEY,
      PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
  }, 180_000);

  afterAll(async () => {
    await deployment.close();
  }, 60_000);

  it('loses and doubles no payment: each retried on a survivor is paid, credited and charged once, or never charged and failed by reconciliation', async () => {
    // The first instance hosts the card provider and receives its webhooks; the others die.
    const [survivor] = deployment.instances as [ApiProcess, ApiProcess];
    const onSurvivor = await signedIn(deployment, survivor);
    const [agreement] = (await onSurvivor.query<{ id: string }[]>('agreements.list')).data ?? [];
    const agreementId = agreement?.id ?? '';
    const attempts: Attempt[] = [];
    // A printed seed reproduces the moments chosen: set it in fc.sample's options to replay.
    const seed = Date.now();
    const killAfterMs = fc.sample(fc.noBias(fc.integer({ min: 50, max: 1_500 })), {
      numRuns: CRASHES,
      seed,
    });
    process.stdout.write(
      `crash-mid-payment: kill moments ${JSON.stringify(killAfterMs)} (seed ${String(seed)})\n`,
    );

    for (const delay of killAfterMs) {
      const victim = deployment.instances.at(-1) as ApiProcess;
      const onVictim = deployment.client(victim);
      for (const [name, value] of onSurvivor.cookies) onVictim.cookies.set(name, value);
      let dead = false;
      const payer = async () => {
        while (!dead) {
          const attempt: Attempt = {
            idempotencyKey: newIdempotencyKey(),
            paymentToken: await approvedCardToken(survivor.ownPaymentSandboxUrl),
            paymentId: null,
          };
          attempts.push(attempt);
          attempt.paymentId = (await pay(onVictim, agreementId, attempt))?.paymentId ?? null;
        }
      };
      const payers = Array.from({ length: PAYERS }, payer);
      await new Promise((resolve) => setTimeout(resolve, delay));
      dead = true;
      await victim.crash();
      await Promise.all(payers);
      await deployment.addInstance();
    }

    const unanswered = attempts.filter((attempt) => attempt.paymentId === null).length;
    process.stdout.write(
      `crash-mid-payment: ${String(attempts.length)} payments, ${String(unanswered)} cut off by a kill\n`,
    );
    // The customer's browser retries every payment it has no answer for, on the instance left.
    for (const attempt of attempts) {
      const answer = await pay(onSurvivor, agreementId, attempt);
      expect(answer).not.toBeNull();
      if (attempt.paymentId !== null) expect(answer?.paymentId).toBe(attempt.paymentId);
      attempt.paymentId = answer?.paymentId ?? null;
    }
    // A payment whose instance died between charging and recording waits for the webhook.
    const keys = attempts.map((attempt) => attempt.idempotencyKey);
    const stored = () =>
      queryRows<{ id: string; idempotency_key: string; status: string }>(
        deployment.databaseUrl,
        'select id, idempotency_key, status from payments where idempotency_key = any($1)',
        [keys],
      );
    let payments = await stored();
    for (let wait = 0; wait < 50 && payments.some((p) => p.status === 'pending'); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      payments = await stored();
    }
    // One whose instance died before it reached the provider stays pending until reconciliation
    // (npm run reconcile, for payments pending 30 minutes) asks the provider, 31 minutes on.
    const db = openDatabase(deployment.databaseUrl);
    try {
      await reconcileCardPayments({
        db,
        clock: () => new Date(Date.now() + 31 * 60_000),
        config: testConfig(),
        logger: pino({ level: 'silent' }),
        paymentGateway: new SandboxGateway({
          baseUrl: survivor.ownPaymentSandboxUrl,
          secretKey: PROVIDER_KEY,
        }),
      });
    } finally {
      await db.destroy();
    }
    payments = await stored();

    expect(attempts.length).toBeGreaterThan(CRASHES);
    expect(payments.map((p) => p.idempotency_key).sort()).toEqual([...keys].sort());
    const credits = await queryRows<{ reference: string; amount: string }>(
      deployment.databaseUrl,
      `select reference, amount from ledger_entries where kind = 'payment_received' and reference = any($1)`,
      [payments.map((p) => p.id)],
    );
    const paid = payments.filter((p) => p.status === 'paid');
    // Paid: credited once and charged once (the provider keys charges by payment id). Failed: the
    // provider never charged it, and nothing was credited. Nothing else.
    expect(payments.filter((p) => p.status !== 'paid' && p.status !== 'failed')).toEqual([]);
    expect(credits.map((c) => c.reference).sort()).toEqual(paid.map((p) => p.id).sort());
    expect(credits.every((c) => Math.abs(Number(c.amount)) === AMOUNT)).toBe(true);
    for (const payment of payments) {
      const charge = await fetch(
        `${survivor.ownPaymentSandboxUrl}/v1/charges?reference=${payment.id}`,
        { headers: { authorization: `Bearer ${PROVIDER_KEY}` } },
      );
      if (payment.status === 'paid') {
        expect(await charge.json()).toMatchObject({ status: 'succeeded' });
      } else {
        expect(charge.status).toBe(404);
      }
    }
    process.stdout.write(
      `crash-mid-payment: ${String(paid.length)} paid, ${String(payments.length - paid.length)} never charged and failed by reconciliation\n`,
    );
  }, 180_000);

  it('applies each webhook once when the instance receiving them is killed mid-delivery and they are delivered again', async () => {
    const [survivor] = deployment.instances as [ApiProcess, ApiProcess];
    const onSurvivor = await signedIn(deployment, survivor);
    const [agreement] = (await onSurvivor.query<{ id: string }[]>('agreements.list')).data ?? [];
    const agreementId = agreement?.id ?? '';
    // Payments waiting for the customer's authentication: the provider will report their outcome.
    const open: { paymentId: string; chargeId: string }[] = [];
    for (let n = 0; n < 12; n += 1) {
      const token = await fetch(`${survivor.ownPaymentSandboxUrl}/v1/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number: CHALLENGE_CARD, expMonth: 12, expYear: 2040, cvc: '123' }),
      });
      const answer = await pay(onSurvivor, agreementId, {
        idempotencyKey: newIdempotencyKey(),
        paymentToken: ((await token.json()) as { id: string }).id,
        paymentId: null,
      });
      expect(answer?.status).toBe('requires_action');
      const [row] = await queryRows<{ gateway_reference: string }>(
        deployment.databaseUrl,
        'select gateway_reference from payments where id = $1',
        [answer?.paymentId],
      );
      open.push({ paymentId: answer?.paymentId ?? '', chargeId: row?.gateway_reference ?? '' });
    }
    const events = open.map(({ paymentId, chargeId }) =>
      JSON.stringify({
        id: `evt_${randomUUID()}`,
        type: 'charge.succeeded',
        data: { chargeId, reference: paymentId, amount: AMOUNT, currency: 'GBP' },
      }),
    );
    const deliver = (instance: ApiProcess, body: string) =>
      fetch(`${instance.url}/api/webhooks/payments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(WEBHOOK_SECRET, body, new Date()),
        },
        body,
      }).then(
        (response) => response.ok,
        () => false,
      );

    // The provider delivers them all at once to one instance, which dies mid-way.
    const victim = deployment.instances.at(-1) as ApiProcess;
    const seed = Date.now();
    const [killAfterMs = 0] = fc.sample(fc.noBias(fc.integer({ min: 0, max: 150 })), {
      numRuns: 1,
      seed,
    });
    const deliveries = Promise.all(events.map((body) => deliver(victim, body)));
    await new Promise((resolve) => setTimeout(resolve, killAfterMs));
    await victim.crash();
    const delivered = await deliveries;
    process.stdout.write(
      `crash-mid-webhook: killed after ${String(killAfterMs)} ms (seed ${String(seed)}), ${String(delivered.filter(Boolean).length)} of ${String(events.length)} acknowledged\n`,
    );
    await deployment.addInstance();
    // A provider retries every delivery not acknowledged; this one also repeats acknowledged ones.
    for (const body of events) expect(await deliver(survivor, body)).toBe(true);

    const payments = await queryRows<{ id: string; status: string; credits: string }>(
      deployment.databaseUrl,
      `select p.id, p.status,
              (select count(*) from ledger_entries l where l.reference = p.id and l.kind = 'payment_received') as credits
         from payments p where p.id = any($1)`,
      [open.map((payment) => payment.paymentId)],
    );
    expect(payments).toHaveLength(open.length);
    expect(payments.every((p) => p.status === 'paid' && Number(p.credits) === 1)).toBe(true);
  }, 120_000);
});
