import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-customers.js';
import type { ApiProcess } from '../test/api-process.js';
import type { TestClient } from '../test/app.js';
import { TEST_DIALECTS } from '../test/databases.js';
import { startDeployment, type Deployment } from '../test/deployment.js';
import { approvedCardToken, newIdempotencyKey } from './card-payments.js';
import { queryRows } from './shared-database.js';

const CRASHES = 3;
const PAYERS = 4;
const AMOUNT = 100;
const PROVIDER_KEY = 'sk_test_crash_mid_payment';

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
    deployment = await startDeployment(2, { PAYMENT_SECRET_KEY: PROVIDER_KEY });
  }, 180_000);

  afterAll(async () => {
    await deployment.close();
  }, 60_000);

  it('loses and doubles no payment: each retried on a survivor is taken, credited and charged once', async () => {
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
    const settled = async () =>
      queryRows<{ id: string; idempotency_key: string; status: string; amount: number }>(
        deployment.databaseUrl,
        'select id, idempotency_key, status, amount from payments where idempotency_key = any($1)',
        [keys],
      );
    let payments = await settled();
    for (let wait = 0; wait < 100 && payments.some((p) => p.status === 'pending'); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      payments = await settled();
    }

    expect(attempts.length).toBeGreaterThan(CRASHES);
    expect(payments.map((p) => p.idempotency_key).sort()).toEqual([...keys].sort());
    expect(payments.filter((p) => p.status !== 'paid')).toEqual([]);
    const credits = await queryRows<{ reference: string; amount: string }>(
      deployment.databaseUrl,
      `select reference, -amount as amount from ledger_entries where kind = 'payment_received' and reference = any($1)`,
      [payments.map((p) => p.id)],
    );
    expect(credits.map((c) => c.reference).sort()).toEqual(payments.map((p) => p.id).sort());
    expect(credits.every((c) => Math.abs(Number(c.amount)) === AMOUNT)).toBe(true);
    // The provider holds one succeeded charge for each payment (it keys charges by payment id).
    for (const payment of payments) {
      const charge = await fetch(
        `${survivor.ownPaymentSandboxUrl}/v1/charges?reference=${payment.id}`,
        { headers: { authorization: `Bearer ${PROVIDER_KEY}` } },
      );
      expect(await charge.json()).toMatchObject({ status: 'succeeded' });
    }
  }, 180_000);
});
