import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, TEST_PASSWORD, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const NEW_PASSWORD = 'Harbour-Lights-Winter-61';
const WRONG = 'Not-The-Password-9';

async function resetLink(app: TestApp, account: GivenAccount): Promise<string> {
  const result = await app
    .client()
    .mutation('auth.requestPasswordReset', { usernameOrEmail: account.username });
  expect(result.status).toBe(200);
  return app.outbox.tokenIn(await app.outbox.latest(account.email));
}

async function signedIn(client: TestClient): Promise<boolean> {
  return (await client.query('auth.me')).data !== null;
}

describeEachDatabase('password reset', (getDb) => {
  it('answers the same whether or not an account matches, and e-mails only a real one', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const known = await app
      .client()
      .mutation('auth.requestPasswordReset', { usernameOrEmail: account.username });
    const byEmail = await app.client().mutation('auth.requestPasswordReset', {
      usernameOrEmail: account.email.toUpperCase(),
    });
    const unknown = await app.client().mutation('auth.requestPasswordReset', {
      usernameOrEmail: 'nobody@example.com',
    });
    expect(known.status).toBe(200);
    expect(JSON.stringify(unknown.body)).toBe(JSON.stringify(known.body));
    expect(JSON.stringify(byEmail.body)).toBe(JSON.stringify(known.body));
    expect(await app.outbox.messages(account.email)).toHaveLength(2);
    expect(await app.outbox.messages('nobody@example.com')).toHaveLength(0);
  });

  it('sets the new password from the link, ends every session, alerts the customer and does not sign in', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const phone = app.client();
    const laptop = app.client();
    await signIn(phone, account);
    await signIn(laptop, account);
    const token = await resetLink(app, account);

    const reset = await laptop.mutation('auth.resetPassword', { token, password: NEW_PASSWORD });
    expect(reset.data).toEqual({ status: 'password_reset' });
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(laptop)).toBe(false);
    expect((await app.outbox.latest(account.email)).subject).toMatch(/password was reset/);
    const sessionCookies = reset.headers
      .getSetCookie()
      .filter((line) => line.includes('marque_session'));
    expect(sessionCookies.every((line) => /Max-Age=0/.test(line))).toBe(true);
    const old = await app
      .client()
      .mutation('auth.login', { username: account.username, password: TEST_PASSWORD });
    expect(old.status).toBe(401);
    const fresh = await app
      .client()
      .mutation('auth.login', { username: account.username, password: NEW_PASSWORD });
    expect(fresh.data).toEqual({ status: 'signed_in' });
  });

  it('accepts a reset link once', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const token = await resetLink(app, account);
    expect(
      (await app.client().mutation('auth.resetPassword', { token, password: NEW_PASSWORD })).status,
    ).toBe(200);
    const reuse = await app
      .client()
      .mutation('auth.resetPassword', { token, password: 'Another-Long-Phrase-77' });
    expect(reuse.status).toBe(400);
    expect(reuse.error?.message).toMatch(/expired or has already been used/);
  });

  it('refuses a reset link after 30 minutes', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const token = await resetLink(app, account);
    app.clock.advance({ minutes: 30, seconds: 1 });
    const late = await app
      .client()
      .mutation('auth.resetPassword', { token, password: NEW_PASSWORD });
    expect(late.status).toBe(400);
  });

  it('refuses a made-up token exactly like a used one', async () => {
    const app = createTestApp({ db: getDb() });
    const result = await app.client().mutation('auth.resetPassword', {
      token: 'a'.repeat(43),
      password: NEW_PASSWORD,
    });
    expect(result.status).toBe(400);
    expect(result.error?.message).toMatch(/expired or has already been used/);
  });

  it('applies the password rules, with the customer’s own details', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb(), { username: 'harbour.keeper' });
    const token = await resetLink(app, account);
    const result = await app.client().mutation('auth.resetPassword', {
      token,
      password: `${account.givenName}-harbour-lights`,
    });
    expect(result.status).toBe(400);
    expect(result.error?.data.fieldErrors?.password).toMatch(/name/);
    expect(
      (await app.client().mutation('auth.resetPassword', { token, password: NEW_PASSWORD })).status,
    ).toBe(200);
  });

  it('clears a lock, even a permanent one', async () => {
    const app = createTestApp({ db: getDb(), env: { LOCKOUT_PERMANENT_AFTER: '0' } });
    const account = await givenAccount(getDb());
    for (let i = 0; i < 5; i += 1) {
      await app.client().mutation('auth.login', { username: account.username, password: WRONG });
    }
    app.clock.advance({ days: 1 });
    expect(
      (
        await app
          .client()
          .mutation('auth.login', { username: account.username, password: TEST_PASSWORD })
      ).status,
    ).toBe(401);
    const token = await resetLink(app, account);
    await app.client().mutation('auth.resetPassword', { token, password: NEW_PASSWORD });
    expect(
      (
        await app
          .client()
          .mutation('auth.login', { username: account.username, password: NEW_PASSWORD })
      ).status,
    ).toBe(200);
    const unlocked = await getDb()
      .selectFrom('audit_events')
      .select('event')
      .where('event', '=', 'account.unlocked')
      .execute();
    expect(unlocked).toHaveLength(1);
  });

  it('still asks for the second factor at the next sign-in after a reset', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const { secret } = (await browser.mutation<{ secret: string }>('mfa.startTotp')).data ?? {
      secret: '',
    };
    const code = await generate({ secret, epoch: app.clock.now().getTime() / 1000 });
    expect((await browser.mutation('mfa.confirmTotp', { code })).status).toBe(200);

    const token = await resetLink(app, account);
    await app.client().mutation('auth.resetPassword', { token, password: NEW_PASSWORD });
    const next = await app
      .client()
      .mutation('auth.login', { username: account.username, password: NEW_PASSWORD });
    expect(next.data).toMatchObject({ status: 'mfa_required' });
  });

  it('limits reset requests for one username or address', async () => {
    const app = createTestApp({ db: getDb(), env: { RATE_LIMIT_RESET_TARGET: '2/3600' } });
    const account = await givenAccount(getDb());
    for (let i = 0; i < 2; i += 1) {
      await app.client({ ip: `192.0.2.${i + 1}` }).mutation('auth.requestPasswordReset', {
        usernameOrEmail: account.username,
      });
    }
    const limited = await app.client({ ip: '192.0.2.9' }).mutation('auth.requestPasswordReset', {
      usernameOrEmail: account.username.toUpperCase(),
    });
    expect(limited.status).toBe(429);
  });
});

describeEachDatabase('auth.changePassword and auth.reauthenticate', (getDb) => {
  it('needs the current password, ends the other sessions, keeps this one and alerts the customer', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const phone = app.client();
    const laptop = app.client();
    await signIn(phone, account);
    await signIn(laptop, account);

    const wrong = await laptop.mutation('auth.changePassword', {
      currentPassword: WRONG,
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.error?.data.fieldErrors).toEqual({
      currentPassword: 'That is not your current password.',
    });

    const weak = await laptop.mutation('auth.changePassword', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password1234',
    });
    expect(weak.error?.data.fieldErrors?.newPassword).toBeDefined();

    const changed = await laptop.mutation('auth.changePassword', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.data).toEqual({ status: 'password_changed', otherSessionsEnded: 1 });
    expect(await signedIn(laptop)).toBe(true);
    expect(await signedIn(phone)).toBe(false);
    expect((await app.outbox.latest(account.email)).subject).toMatch(/password was changed/);
    const again = await app
      .client()
      .mutation('auth.login', { username: account.username, password: NEW_PASSWORD });
    expect(again.status).toBe(200);
  });

  it('needs a signed-in customer', async () => {
    const app = createTestApp({ db: getDb() });
    const result = await app.client().mutation('auth.changePassword', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(result.status).toBe(401);
  });

  it('limits password checks per account, so a stolen session cannot guess the password', async () => {
    const app = createTestApp({ db: getDb(), env: { RATE_LIMIT_PASSWORD_CHECK_ACCOUNT: '3/900' } });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    for (let i = 0; i < 3; i += 1) {
      expect((await browser.mutation('auth.reauthenticate', { password: WRONG })).status).toBe(400);
    }
    expect(
      (await browser.mutation('auth.reauthenticate', { password: TEST_PASSWORD })).status,
    ).toBe(429);
  });

  it('re-authentication opens a new 10-minute window for sensitive changes', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    app.clock.advance({ minutes: 10, seconds: 1 });
    const stale = await browser.mutation('mfa.startTotp');
    expect(stale.status).toBe(403);
    expect(stale.error?.data.reauthenticationRequired).toBe(true);
    expect(
      (await browser.mutation('auth.reauthenticate', { password: TEST_PASSWORD })).data,
    ).toEqual({
      status: 'reauthenticated',
    });
    expect((await browser.mutation('mfa.startTotp')).status).toBe(200);
  });
});
