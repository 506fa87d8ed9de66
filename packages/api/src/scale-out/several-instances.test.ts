import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../seed/demo-customers.js';
import { DEMO_STAFF } from '../seed/demo-staff.js';
import type { ApiProcess } from '../test/api-process.js';
import type { TestClient } from '../test/app.js';
import { TEST_DIALECTS } from '../test/databases.js';
import { startDeployment, type Deployment } from '../test/deployment.js';
import { approvedCardToken, newIdempotencyKey } from './card-payments.js';
import { queryRows } from './shared-database.js';

/** Password reset requests allowed per IP in the window: small, so the test reaches it. */
const RESET_REQUESTS_PER_IP = 4;

function totp(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

async function signIn(browser: TestClient, username: string): Promise<void> {
  const result = await browser.mutation<{ status: string }>('auth.login', {
    username,
    password: DEMO_PASSWORD,
  });
  if (result.data?.status !== 'signed_in') {
    throw new Error(`sign-in failed: ${String(result.status)} ${JSON.stringify(result.body)}`);
  }
}

async function signInStaff(browser: TestClient, username: string): Promise<void> {
  const member = DEMO_STAFF.find((demo) => demo.username === username);
  if (member === undefined) throw new Error(`no demo staff member ${username}`);
  const login = await browser.mutation('staffAuth.login', { username, password: DEMO_PASSWORD });
  const verified = await browser.mutation('staffAuth.verifyTotp', {
    code: await totp(member.totpSecret),
  });
  if (login.status !== 200 || verified.status !== 200) {
    throw new Error(`staff sign-in failed: ${JSON.stringify([login.body, verified.body])}`);
  }
}

// Real processes need a shared database server: PostgreSQL, the multi-instance deployment.
describe.skipIf(!TEST_DIALECTS.includes('postgres'))('two API instances on one PostgreSQL', () => {
  let deployment: Deployment;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    deployment = await startDeployment(2, {
      RATE_LIMIT_RESET_IP: `${String(RESET_REQUESTS_PER_IP)}/3600`,
    });
    [a, b] = deployment.instances as [ApiProcess, ApiProcess];
  }, 180_000);

  afterAll(async () => {
    await deployment.close();
  }, 60_000);

  it('keeps a session made on one instance on the other, and ends it there on sign-out', async () => {
    const onA = deployment.client(a);
    await signIn(onA, 'hp.demo');
    const onB = deployment.client(b);
    onB.cookies.clear();
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);

    expect((await onB.query<{ username: string }>('auth.me')).data).toMatchObject({
      username: 'hp.demo',
    });
    expect((await onB.query('agreements.list')).status).toBe(200);
    expect((await onB.mutation('auth.logout')).status).toBe(200);
    const afterSignOut = deployment.client(a);
    for (const [name, value] of onA.cookies) afterSignOut.cookies.set(name, value);
    expect((await afterSignOut.query('agreements.list')).status).toBe(401);
  });

  it('counts failed passwords on both instances toward one lockout', async () => {
    const browsers = [deployment.client(a), deployment.client(b)];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await browsers[attempt % 2]?.mutation('auth.login', {
        username: 'lease.demo',
        password: 'not-the-password-at-all',
      });
      expect(wrong?.status).toBe(401);
    }
    // The right password now fails on either instance, with the wrong password's answer.
    for (const browser of browsers) {
      const right = await browser.mutation('auth.login', {
        username: 'lease.demo',
        password: DEMO_PASSWORD,
      });
      expect(right.status).toBe(401);
    }
  });

  it('counts one client’s requests on both instances toward one rate limit', async () => {
    const statuses: number[] = [];
    for (let request = 0; request <= RESET_REQUESTS_PER_IP; request += 1) {
      const instance = request % 2 === 0 ? a : b;
      const result = await deployment
        .client(instance)
        .mutation('auth.requestPasswordReset', { usernameOrEmail: 'nobody.at.all' });
      statuses.push(result.status);
    }
    expect(statuses).toEqual([...Array<number>(RESET_REQUESTS_PER_IP).fill(200), 429]);
    const refusedOnA = await deployment
      .client(a)
      .mutation('auth.requestPasswordReset', { usernameOrEmail: 'nobody.at.all' });
    expect(refusedOnA.status).toBe(429);
  });

  it('refuses on one instance a two-step code already accepted on the other', async () => {
    const onA = deployment.client(a);
    const onB = deployment.client(b);
    const challengeOn = async (browser: TestClient) => {
      const login = await browser.mutation<{ status: string; challenge: string }>('auth.login', {
        username: 'mfa.demo',
        password: DEMO_PASSWORD,
      });
      expect(login.data?.status).toBe('mfa_required');
      return login.data?.challenge ?? '';
    };
    const challengeA = await challengeOn(onA);
    const challengeB = await challengeOn(onB);
    const code = await totp(DEMO_TOTP_SECRET);

    const accepted = await onA.mutation<{ status: string }>('auth.verifyMfa', {
      challenge: challengeA,
      code,
    });
    expect(accepted.data?.status).toBe('signed_in');
    const replayed = await onB.mutation('auth.verifyMfa', { challenge: challengeB, code });
    expect(replayed.status).toBe(401);
  });

  it('takes a payment once when its retries reach both instances, one after the other and at once', async () => {
    const onA = deployment.client(a);
    await signIn(onA, 'pcp.demo');
    const onB = deployment.client(b);
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
    const [agreement] = (await onA.query<{ id: string }[]>('agreements.list')).data ?? [];
    const pay = async (browser: TestClient, idempotencyKey: string, paymentToken: string) =>
      browser.mutation<{ paymentId: string; status: string }>('payments.makeCardPayment', {
        agreementId: agreement?.id,
        amount: 2_500,
        paymentToken,
        idempotencyKey,
      });

    const inTurn = newIdempotencyKey();
    const inTurnToken = await approvedCardToken(a.ownPaymentSandboxUrl);
    const first = await pay(onA, inTurn, inTurnToken);
    const retry = await pay(onB, inTurn, inTurnToken);
    expect(first.data?.status).toBe('paid');
    expect(retry.data).toEqual(first.data);

    const atOnce = newIdempotencyKey();
    const atOnceToken = await approvedCardToken(a.ownPaymentSandboxUrl);
    const both = await Promise.all([pay(onA, atOnce, atOnceToken), pay(onB, atOnce, atOnceToken)]);
    const paid = both.filter((answer) => answer.status === 200);
    expect(paid.length).toBeGreaterThanOrEqual(1);
    for (const answer of paid) expect(answer.data?.paymentId).toBe(paid[0]?.data?.paymentId);

    const stored = await queryRows<{ id: string; credits: string }>(
      deployment.databaseUrl,
      `select p.id, (select count(*) from ledger_entries l where l.reference = p.id) as credits
         from payments p where p.idempotency_key = any($1)`,
      [[inTurn, atOnce]],
    );
    expect(stored).toHaveLength(2);
    expect(stored.map((row) => Number(row.credits))).toEqual([1, 1]);
  });

  it('lets one instance run the collection run while the other is told it is going', async () => {
    const supervisorOnA = deployment.staffClient(a);
    const adminOnB = deployment.staffClient(b);
    await signInStaff(supervisorOnA, 'supervisor.demo');
    await signInStaff(adminOnB, 'admin.demo');
    const runDate = new Date().toISOString().slice(0, 10);
    const started = await Promise.all(
      [supervisorOnA, adminOnB].map((browser) =>
        browser.mutation<{ id: string }>('runs.start', { kind: 'collection', runDate }),
      ),
    );
    const runs = await queryRows<{ id: string; started_at: string; finished_at: string | null }>(
      deployment.databaseUrl,
      `select id, started_at, finished_at from console_runs where kind = 'collection' order by started_at`,
    );
    const statuses = started.map((answer) => answer.status).sort();
    if (statuses[1] === 409) {
      expect(statuses).toEqual([200, 409]);
      expect(runs).toHaveLength(1);
    } else {
      // Both started only because the first had already finished: the runs never overlapped.
      expect(statuses).toEqual([200, 200]);
      expect(runs).toHaveLength(2);
      expect(runs[0]?.finished_at).not.toBeNull();
      expect(String(runs[0]?.finished_at) <= String(runs[1]?.started_at)).toBe(true);
    }
  });
});
