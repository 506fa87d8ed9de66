import { expect, it } from 'vitest';
import { createTestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, TEST_PASSWORD, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const WRONG = 'Not-The-Password-9';

async function fail(client: TestClient, account: GivenAccount, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const result = await client.mutation('auth.login', {
      username: account.username,
      password: WRONG,
    });
    expect(result.status).toBe(401);
  }
}

async function canSignIn(client: TestClient, account: GivenAccount): Promise<boolean> {
  const result = await client.mutation('auth.login', {
    username: account.username,
    password: TEST_PASSWORD,
  });
  return result.status === 200;
}

describeEachDatabase('sign-in lockout', (getDb) => {
  it('locks the account after 5 failures for 1 minute, then lets the right password in', async () => {
    const { client, clock } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const attacker = client();
    await fail(attacker, account, 4);
    expect(await canSignIn(client(), account)).toBe(true);
    await fail(attacker, account, 5);
    expect(await canSignIn(client(), account)).toBe(false);
    clock.advance({ seconds: 59 });
    expect(await canSignIn(client(), account)).toBe(false);
    clock.advance({ seconds: 2 });
    expect(await canSignIn(client(), account)).toBe(true);
  });

  it('counts every one of several wrong passwords sent at once, and reports the lock once', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        client().mutation('auth.login', { username: account.username, password: WRONG }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status)).toEqual([401, 401, 401, 401, 401]);
    expect(await canSignIn(client(), account)).toBe(false);
    const locks = await getDb()
      .selectFrom('audit_events')
      .select('id')
      .where('event', '=', 'account.locked')
      .execute();
    expect(locks).toHaveLength(1);
    expect(
      (await outbox.messages(account.email)).filter((mail) => /paused/.test(mail.subject)),
    ).toHaveLength(1);
  });

  it('doubles the wait with each lock: 1, 2, then 4 minutes', async () => {
    const { client, clock } = createTestApp({
      db: getDb(),
      env: { LOCKOUT_PERMANENT_AFTER: 'never' },
    });
    const account = await givenAccount(getDb());
    const attacker = client();
    for (const minutes of [1, 2, 4]) {
      await fail(attacker, account, 5);
      clock.advance({ seconds: minutes * 60 - 5 });
      expect(await canSignIn(client(), account)).toBe(false);
      clock.advance({ seconds: 6 });
    }
    expect(await canSignIn(client(), account)).toBe(true);
  });

  it('locks for good after 3 temporary locks, until the password is reset', async () => {
    const { client, clock } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const attacker = client();
    for (let lock = 0; lock < 3; lock += 1) {
      await fail(attacker, account, 5);
      clock.advance({ minutes: 15 });
    }
    await fail(attacker, account, 5);
    clock.advance({ days: 1 });
    expect(await canSignIn(client(), account)).toBe(false);
  });

  it('e-mails the customer and audits the lock when the account locks', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    await fail(client(), account, 5);
    const mail = await outbox.latest(account.email);
    expect(mail.subject).toMatch(/paused/);
    expect(mail.text_body).toMatch(/Devices you have signed in on before can still sign in/);
    const lock = await getDb()
      .selectFrom('audit_events')
      .select(['event', 'details'])
      .where('event', '=', 'account.locked')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(lock.details ?? '{}')).toMatchObject({
      counter: 'account',
      permanent: false,
    });
  });

  it('keeps a trusted device signing in while the account is locked for everyone else', async () => {
    const { client } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const customersLaptop = client({ ip: '198.51.100.20' });
    await signIn(customersLaptop, account);
    await customersLaptop.mutation('auth.logout');

    await fail(client({ ip: '192.0.2.66' }), account, 5);
    expect(await canSignIn(client({ ip: '192.0.2.67' }), account)).toBe(false);
    expect(await canSignIn(customersLaptop, account)).toBe(true);
  });

  it('counts a trusted device’s failures on that device only', async () => {
    const { client } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const laptop = client();
    await signIn(laptop, account);
    await fail(laptop, account, 5);
    expect(await canSignIn(laptop, account)).toBe(false);
    expect(await canSignIn(client(), account)).toBe(true);
  });

  it('does not trust a device cookie issued for another account', async () => {
    const { client } = createTestApp({ db: getDb() });
    const victim = await givenAccount(getDb());
    const attackerAccount = await givenAccount(getDb());
    const attacker = client();
    await signIn(attacker, attackerAccount);
    await fail(client(), victim, 5);
    expect(await canSignIn(attacker, victim)).toBe(false);
  });

  it('counts second-factor failures separately from password failures', async () => {
    const { client } = createTestApp({ db: getDb(), env: { LOCKOUT_MAX_FAILURES: '3' } });
    const account = await givenAccount(getDb());
    await fail(client(), account, 2);
    await getDb()
      .insertInto('lockouts')
      .values({
        key: `mfa:${account.accountId}`,
        account_id: account.accountId,
        failures: 2,
        last_failure_at: '2026-11-23T11:59:00.000Z',
        locked_until: null,
        temporary_lockouts: 0,
        permanent: 0,
        updated_at: '2026-11-23T11:59:00.000Z',
      })
      .execute();
    expect(await canSignIn(client(), account)).toBe(true);
    const counters = await getDb()
      .selectFrom('lockouts')
      .select(['key', 'failures'])
      .where('account_id', '=', account.accountId)
      .orderBy('key')
      .execute();
    expect(counters).toEqual([
      { key: `account:${account.accountId}`, failures: 0 },
      { key: `mfa:${account.accountId}`, failures: 2 },
    ]);
  });
});
