import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { SIGN_IN_FAILED_MESSAGE } from '../../services/auth/sign-in.js';
import { NOT_ME_LINK_SECONDS } from '../../services/not-me/not-me-link.js';
import { SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { addPasskey, signInWithPasskey, SoftwareAuthenticator } from '../../test/passkeys.js';

const NEW_PASSWORD = 'Harbour-Lights-Winter-61';

/** The "this wasn't me" token in the newest e-mail to the customer. */
async function notMeToken(app: TestApp, account: GivenAccount): Promise<string> {
  const mail = await app.outbox.latest(account.email);
  const match = /\/not-me\?token=([A-Za-z0-9_-]+)/.exec(mail.text_body);
  if (!match?.[1]) throw new Error(`no "this wasn't me" link in "${mail.subject}"`);
  return match[1];
}

/** The customer signs in on their laptop, then an intruder signs in from a new device. */
async function intrusion(app: TestApp, account: GivenAccount) {
  const customer = app.client();
  await signIn(customer, account);
  const intruder = app.client({ ip: '198.51.100.66', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' });
  await signIn(intruder, account);
  const mail = await app.outbox.latest(account.email);
  expect(mail.subject).toBe('New sign-in to your Marque Motor Finance account');
  return { customer, intruder, token: await notMeToken(app, account) };
}

async function signedIn(client: TestClient): Promise<boolean> {
  return (await client.query('auth.me')).data !== null;
}

describeEachDatabase('"this wasn\'t me"', (getDb) => {
  it('ends every session, stops sign-in until a password reset, and flags the account for staff', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { customer, intruder, token } = await intrusion(app, account);

    const reporter = app.client({ ip: '203.0.113.99' });
    const report = await reporter.mutation('auth.reportNotMe', { token });
    expect(report.data).toEqual({ status: 'secured', sessionsEnded: 2, passkeysRemoved: 0 });
    expect(report.headers.getSetCookie().join()).toMatch(
      new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`, 'i'),
    );
    expect(await signedIn(customer)).toBe(false);
    expect(await signedIn(intruder)).toBe(false);

    // The right password no longer signs in, and says exactly what a wrong one says.
    const refused = await intruder.mutation('auth.login', {
      username: account.username,
      password: account.password,
    });
    expect(refused.status).toBe(401);
    expect(refused.error?.message).toBe(SIGN_IN_FAILED_MESSAGE);

    const flagged = await getDb()
      .selectFrom('accounts')
      .select(['signin_blocked_at', 'staff_flagged_at', 'staff_flag_reason'])
      .where('id', '=', account.accountId)
      .executeTakeFirstOrThrow();
    expect(flagged).toEqual({
      signin_blocked_at: app.clock.now().toISOString(),
      staff_flagged_at: app.clock.now().toISOString(),
      staff_flag_reason: 'The customer reported a new-device sign-in as not them',
    });
    const audit = await getDb()
      .selectFrom('audit_events')
      .select(['details', 'ip'])
      .where('event', '=', 'account.reported_not_me')
      .execute();
    expect(audit).toEqual([
      {
        ip: '203.0.113.99',
        details: JSON.stringify({ alert: 'new_device', sessionsEnded: 2, passkeysRemoved: 0 }),
      },
    ]);

    // The reset flow still works and lifts the block; the staff flag stays for staff to close.
    await app.client().mutation('auth.requestPasswordReset', { usernameOrEmail: account.username });
    const resetToken = app.outbox.tokenIn(await app.outbox.latest(account.email));
    const reset = await app
      .client()
      .mutation('auth.resetPassword', { token: resetToken, password: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    const afterReset = app.client();
    await signIn(afterReset, { username: account.username, password: NEW_PASSWORD });
    expect(await signedIn(afterReset)).toBe(true);
    const after = await getDb()
      .selectFrom('accounts')
      .select(['signin_blocked_at', 'staff_flagged_at'])
      .where('id', '=', account.accountId)
      .executeTakeFirstOrThrow();
    expect(after.signin_blocked_at).toBeNull();
    expect(after.staff_flagged_at).not.toBeNull();
  });

  it('works once: the link, and every other alert link of the account, then do nothing', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { customer } = await intrusion(app, account);
    await customer.mutation('auth.changePassword', {
      currentPassword: account.password,
      newPassword: NEW_PASSWORD,
    });
    const passwordAlertToken = await notMeToken(app, account);
    const { token } = await intrusion(app, { ...account, password: NEW_PASSWORD });

    expect((await app.client().mutation('auth.reportNotMe', { token })).status).toBe(200);
    for (const spent of [token, passwordAlertToken]) {
      const again = await app.client().mutation('auth.reportNotMe', { token: spent });
      expect(again.status).toBe(400);
      expect(again.error?.message).toMatch(/^This link has expired or has already been used/);
    }
    expect(
      await getDb()
        .selectFrom('audit_events')
        .select('id')
        .where('event', '=', 'account.reported_not_me')
        .execute(),
    ).toHaveLength(1);
  });

  it('acts once when the link is followed five times at once', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { token } = await intrusion(app, account);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.client().mutation('auth.reportNotMe', { token })),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 400, 400, 400, 400]);
    const reports = await getDb()
      .selectFrom('audit_events')
      .select('id')
      .where('event', '=', 'account.reported_not_me')
      .execute();
    expect(reports).toHaveLength(1);
  });

  it('refuses a link after 14 days and an unknown token, changing nothing', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { token } = await intrusion(app, account);
    app.clock.advance({ seconds: NOT_ME_LINK_SECONDS });
    const late = await app.client().mutation('auth.reportNotMe', { token });
    const unknown = await app.client().mutation('auth.reportNotMe', { token: 'x'.repeat(43) });
    expect(late.status).toBe(400);
    expect(unknown.status).toBe(400);
    const row = await getDb()
      .selectFrom('accounts')
      .select('signin_blocked_at')
      .where('id', '=', account.accountId)
      .executeTakeFirstOrThrow();
    expect(row.signin_blocked_at).toBeNull();
  });

  it("removes the account's passkeys and refuses a passkey sign-in until the reset", async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const intruderKey = new SoftwareAuthenticator();
    await addPasskey(browser, intruderKey, 'Not mine');
    const token = await notMeToken(app, account);
    const report = await app.client().mutation('auth.reportNotMe', { token });
    expect(report.data).toMatchObject({ passkeysRemoved: 1 });
    expect((await signInWithPasskey(app.client(), intruderKey)).status).toBe(401);
  });

  it('is offered in every alert: password, two-step, contact details and passkey changes', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const alertSubjects: string[] = [];
    const expectLink = async () => {
      const mail = await app.outbox.latest(account.email);
      alertSubjects.push(mail.subject);
      expect(mail.text_body).toMatch(
        /This wasn't me: secure my account: http:\/\/localhost:3000\/not-me\?token=/,
      );
      expect(mail.html_body).toContain('/not-me?token=');
    };
    await browser.mutation('profile.updateContact', { phone: '07700 900111' });
    await expectLink();
    const started = await browser.mutation<{ secret: string }>('mfa.startTotp');
    await browser.mutation('mfa.confirmTotp', {
      code: await generate({
        secret: started.data?.secret ?? '',
        epoch: Math.floor(app.clock.now().getTime() / 1000),
      }),
    });
    await expectLink();
    await addPasskey(browser, new SoftwareAuthenticator());
    await expectLink();
    await browser.mutation('auth.changePassword', {
      currentPassword: account.password,
      newPassword: NEW_PASSWORD,
    });
    await expectLink();
    expect(alertSubjects).toEqual([
      'Your Marque Motor Finance contact details were changed',
      'Two-step verification changed on your Marque Motor Finance account',
      'Passkeys changed on your Marque Motor Finance account',
      'Your Marque Motor Finance password was changed',
    ]);
    const stored = await getDb()
      .selectFrom('not_me_tokens')
      .select(['alert', 'token_hash'])
      .execute();
    expect(stored.map((row) => row.alert).sort()).toEqual([
      'contact_changed',
      'passkey_changed',
      'password_changed',
      'two_step_changed',
    ]);
    // Only the hash is stored: the token in the link appears nowhere in the database.
    const token = await notMeToken(app, account);
    expect(stored.some((row) => row.token_hash === token)).toBe(false);
  });
});
