import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../seed/demo-customers.js';
import { seedDemoData } from '../../seed/seed-demo-data.js';
import { hashPassword } from '../../services/credentials/password-hash.js';
import { createTestApp } from '../../test/app.js';
import { signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

describeEachDatabase('agreements over HTTP', (getDb) => {
  async function setUp() {
    const testApp = createTestApp({ db: getDb() });
    const now = testApp.clock.now();
    await seedDemoData(getDb(), {
      now,
      today: now.toISOString().slice(0, 10),
      hashPassword,
      secretKey: testApp.config.secretKey,
    });
    return testApp;
  }

  async function agreementIdsOf(username: string): Promise<string[]> {
    const rows = await getDb()
      .selectFrom('agreements')
      .innerJoin('accounts', 'accounts.customer_id', 'agreements.customer_id')
      .where('accounts.username', '=', username)
      .select('agreements.id')
      .orderBy('agreements.agreement_number')
      .execute();
    return rows.map((row) => row.id);
  }

  it('asks for a sign-in before showing any agreement', async () => {
    const { client } = await setUp();
    const list = await client().query('agreements.list');
    expect(list.status).toBe(401);
    expect(list.error?.data.code).toBe('UNAUTHORIZED');
  });

  it('shows hp.demo its one HP agreement once signed in', async () => {
    const { client } = await setUp();
    const browser = client();
    await signIn(browser, { username: 'hp.demo', password: DEMO_PASSWORD });
    const list =
      await browser.query<{ agreementNumber: string; type: string }[]>('agreements.list');
    expect(list.status).toBe(200);
    expect(list.data?.map((a) => [a.agreementNumber, a.type])).toEqual([['MQ20240101', 'HP']]);
  });

  it("answers another customer's agreement exactly as an unknown one, on every procedure", async () => {
    const { client } = await setUp();
    const browser = client();
    await signIn(browser, { username: 'hp.demo', password: DEMO_PASSWORD });
    const [othersAgreement = ''] = await agreementIdsOf('multi.demo');
    const procedures = [
      ['agreements.get', {}],
      ['agreements.schedule', {}],
      ['agreements.transactions', { limit: 10 }],
      ['agreements.settlementQuote', {}],
      ['agreements.endOfTermOptions', { estimatedMileage: 20_000 }],
    ] as const;
    for (const [path, extra] of procedures) {
      const theirs = await browser.query(path, { agreementId: othersAgreement, ...extra });
      const unknown = await browser.query(path, { agreementId: crypto.randomUUID(), ...extra });
      expect(theirs.status, path).toBe(404);
      expect(theirs.body, path).toEqual(unknown.body);
      expect(JSON.stringify(theirs.body)).not.toContain('MQ2024');
    }
  });

  it('lets mfa.demo in with a code from the printed demo secret', async () => {
    const { client, clock } = await setUp();
    const browser = client();
    const login = await browser.mutation<{ status: string; challenge: string }>('auth.login', {
      username: 'mfa.demo',
      password: DEMO_PASSWORD,
    });
    expect(login.data?.status).toBe('mfa_required');
    const code = await generate({
      secret: DEMO_TOTP_SECRET,
      epoch: Math.floor(clock.now().getTime() / 1000),
    });
    const verified = await browser.mutation('auth.verifyMfa', {
      challenge: login.data?.challenge,
      code,
    });
    expect(verified.status).toBe(200);
    const list = await browser.query<{ type: string }[]>('agreements.list');
    expect(list.data?.map((a) => a.type)).toEqual(['PCP']);
  });
});
