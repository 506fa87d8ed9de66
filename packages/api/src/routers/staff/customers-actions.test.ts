import { expect, it } from 'vitest';
import { secondFactorKeys, storeTotpSecret } from '../../services/mfa/second-factor-store.js';
import { newTotpSecret } from '../../services/mfa/totp.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';
import { verifyCallerAs } from '../../test/staff-help.js';

const REASON = 'Customer called, locked out after forgetting the new password';

/** The customer tries wrong passwords until sign-in is paused (the lockout policy's threshold). */
async function lockOut(app: TestApp, account: GivenAccount): Promise<void> {
  const browser = app.client({ ip: '203.0.113.77' });
  for (let i = 0; i < app.config.lockoutPolicy.maxFailures; i += 1) {
    await browser.mutation('auth.login', { username: account.username, password: 'wrong-guess-x' });
  }
  const locked = await browser.mutation('auth.login', {
    username: account.username,
    password: account.password,
  });
  expect(locked.status).toBe(401);
}

/** Every column of the customer's and the account's rows, to show an action changed nothing else. */
async function recordOf(app: TestApp, account: GivenAccount) {
  const db = app.deps.db;
  return {
    customer: await db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', account.customerId)
      .executeTakeFirstOrThrow(),
    account: await db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', account.accountId)
      .executeTakeFirstOrThrow(),
    agreements: await db
      .selectFrom('agreements')
      .selectAll()
      .where('customer_id', '=', account.customerId)
      .execute(),
  };
}

async function auditOf(app: TestApp, event: string) {
  const rows = await app.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('event', '=', event)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details ?? '{}') as object }));
}

describeEachDatabase('sensitive actions on a customer', (getDb) => {
  async function setUp() {
    const app = createTestApp({ db: getDb() });
    const { browser, staff } = await staffBrowser(app, 'supervisor');
    const account = await givenAccount(app.deps.db);
    return { app, browser, staff, account };
  }

  it('unlocks only after a passed check in the last 15 minutes, and then the customer signs in', async () => {
    const { app, browser, staff, account } = await setUp();
    await lockOut(app, account);
    const unlock = () =>
      browser.mutation('customers.unlock', { customerId: account.customerId, reason: REASON });

    const refused = await unlock();
    expect(refused.status).toBe(412);
    expect(refused.error?.message).toContain("Verify the caller's identity first");

    const failedCheck = await verifyCallerAs(browser, account, { dateOfBirth: '1901-01-01' });
    expect(failedCheck.data?.outcome).toBe('failed');
    expect((await unlock()).status).toBe(412);

    const check = await verifyCallerAs(browser, account);
    const before = await recordOf(app, account);
    const unlocked = await unlock();
    expect(unlocked.status).toBe(200);
    expect(unlocked.data).toEqual({ countersCleared: 1 });
    // Nothing else on the record changed (Keycloak's unlock wiped profile fields).
    expect(await recordOf(app, account)).toEqual(before);

    await signIn(app.client({ ip: '203.0.113.77' }), account);
    const [audited] = await auditOf(app, 'account.unlocked');
    expect(audited).toMatchObject({
      actor_type: 'staff',
      actor_id: staff.id,
      customer_id: account.customerId,
      account_id: account.accountId,
      details: {
        by: 'staff',
        verificationId: check.data?.verificationId,
        reason: REASON,
        counter: 'all',
        actorRole: 'supervisor',
      },
    });
  });

  it('refuses again 15 minutes after the check', async () => {
    const { app, browser, account } = await setUp();
    await lockOut(app, account);
    await verifyCallerAs(browser, account);
    app.clock.advance({ minutes: 10 });
    expect((await browser.query('staffAuth.me')).status).toBe(200);
    app.clock.advance({ minutes: 5 });
    const late = await browser.mutation('customers.unlock', {
      customerId: account.customerId,
      reason: REASON,
    });
    expect(late.status).toBe(412);
    expect(await app.deps.db.selectFrom('lockouts').selectAll().execute()).toHaveLength(1);
  });

  it("does not accept a colleague's check, a check of another customer, or no reason", async () => {
    const { app, browser, account } = await setUp();
    await lockOut(app, account);
    const { browser: colleague } = await staffBrowser(app, 'supervisor');
    await verifyCallerAs(colleague, account);
    const other = await givenAccount(app.deps.db);
    await verifyCallerAs(browser, other);
    expect(
      (
        await browser.mutation('customers.unlock', {
          customerId: account.customerId,
          reason: REASON,
        })
      ).status,
    ).toBe(412);

    await verifyCallerAs(browser, account);
    const noReason = await browser.mutation('customers.unlock', {
      customerId: account.customerId,
      reason: '  ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.error?.data.fieldErrors?.reason).toContain('Say why');
    expect(await app.deps.db.selectFrom('lockouts').selectAll().execute()).toHaveLength(1);
  });

  it('unlocks one trusted device while the account counter stays, when asked for that counter', async () => {
    const { app, browser, account } = await setUp();
    await lockOut(app, account);
    await app.deps.db
      .insertInto('devices')
      .values({
        id: 'device-1',
        account_id: account.accountId,
        user_agent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1',
        created_at: app.clock.now().toISOString(),
        last_seen_at: app.clock.now().toISOString(),
      })
      .execute();
    await app.deps.db
      .insertInto('lockouts')
      .values({
        key: 'device:device-1',
        account_id: account.accountId,
        failures: 5,
        last_failure_at: app.clock.now().toISOString(),
        locked_until: new Date(app.clock.now().getTime() + 60_000).toISOString(),
        temporary_lockouts: 1,
        permanent: 0,
        updated_at: app.clock.now().toISOString(),
      })
      .execute();
    await verifyCallerAs(browser, account);
    const view = await browser.query<{
      account: {
        locked: boolean;
        lockouts: { key: string; kind: string; device: string | null; locked: boolean }[];
      };
    }>('customers.get', { customerId: account.customerId });
    expect(view.data?.account.locked).toBe(true);
    expect(view.data?.account.lockouts).toEqual([
      expect.objectContaining({
        key: `account:${account.accountId}`,
        kind: 'account',
        locked: true,
      }),
      expect.objectContaining({ key: 'device:device-1', kind: 'device', locked: true }),
    ]);
    expect(view.data?.account.lockouts[1]?.device).toBe('Safari on iOS');

    const one = await browser.mutation('customers.unlock', {
      customerId: account.customerId,
      reason: REASON,
      counter: 'device:device-1',
    });
    expect(one.data).toEqual({ countersCleared: 1 });
    const left = await app.deps.db.selectFrom('lockouts').select('key').execute();
    expect(left.map((row) => row.key)).toEqual([`account:${account.accountId}`]);
    const nothing = await browser.mutation('customers.unlock', {
      customerId: account.customerId,
      reason: REASON,
      counter: 'device:device-1',
    });
    expect(nothing.status).toBe(400);
  });

  it('answers an unknown customer with NOT_FOUND before anything else, for every action', async () => {
    const { browser } = await setUp();
    const customerId = crypto.randomUUID();
    for (const path of [
      'customers.unlock',
      'customers.resetTwoFactor',
      'customers.sendPasswordReset',
      'customers.endSessions',
    ]) {
      const result = await browser.mutation(path, { customerId, reason: REASON });
      expect(result.status, path).toBe(404);
    }
    const contact = await browser.mutation('customers.changeContact', {
      customerId,
      reason: REASON,
      phone: '07700 900123',
    });
    expect(contact.status).toBe(404);
    expect((await browser.query('customers.financials', { customerId })).status).toBe(404);
  });

  it('refuses agents the unlock and the two-step reset, which are for supervisors', async () => {
    const { app, account } = await setUp();
    const { browser: agent } = await staffBrowser(app, 'agent');
    await verifyCallerAs(agent, account);
    for (const path of ['customers.unlock', 'customers.resetTwoFactor']) {
      const result = await agent.mutation(path, { customerId: account.customerId, reason: REASON });
      expect(result.status, path).toBe(403);
    }
  });

  it('resets two-step verification: the authenticator goes, the customer is alerted, nothing else changes', async () => {
    const { app, browser, account } = await setUp();
    await storeTotpSecret(
      app.deps.db,
      secondFactorKeys(app.config.secretKey),
      account.accountId,
      newTotpSecret(),
      app.clock.now(),
      { confirmed: true },
    );
    await verifyCallerAs(browser, account);
    const before = await recordOf(app, account);
    const reset = await browser.mutation('customers.resetTwoFactor', {
      customerId: account.customerId,
      reason: 'Lost phone with the authenticator app',
    });
    expect(reset.data, JSON.stringify(reset.body)).toEqual({ status: 'reset' });
    expect(await app.deps.db.selectFrom('totp').selectAll().execute()).toEqual([]);
    expect(await recordOf(app, account)).toEqual(before);
    expect((await app.outbox.latest(account.email)).text_body).toContain(
      'Two-step verification was turned off',
    );
    const [audited] = await auditOf(app, 'mfa.reset_by_staff');
    expect(audited?.details).toMatchObject({ reason: 'Lost phone with the authenticator app' });
    // A second reset has nothing to reset.
    const again = await browser.mutation('customers.resetTwoFactor', {
      customerId: account.customerId,
      reason: 'Lost phone with the authenticator app',
    });
    expect(again.status).toBe(400);
  });

  it('sends a password-reset link through the customer reset flow, which works once', async () => {
    const { app, browser, account } = await setUp();
    await verifyCallerAs(browser, account);
    const sent = await browser.mutation('customers.sendPasswordReset', {
      customerId: account.customerId,
      reason: 'Customer forgot the password',
    });
    expect(sent.data).toEqual({ status: 'sent' });
    const token = app.outbox.tokenIn(await app.outbox.latest(account.email));
    const customer = app.client();
    const reset = await customer.mutation('auth.resetPassword', {
      token,
      password: 'Marmalade-Harbour-Kettle-93',
    });
    expect(reset.status).toBe(200);
    await signIn(app.client(), {
      username: account.username,
      password: 'Marmalade-Harbour-Kettle-93',
    });
    const [audited] = await auditOf(app, 'password.reset_requested');
    expect(audited).toMatchObject({ actor_type: 'staff', details: { by: 'staff' } });
  });

  it('ends every session of the customer, and only theirs', async () => {
    const { app, browser, account } = await setUp();
    const phone = app.client();
    await signIn(phone, account);
    const other = await givenAccount(app.deps.db);
    const otherBrowser = app.client();
    await signIn(otherBrowser, other);
    await verifyCallerAs(browser, account);
    const ended = await browser.mutation('customers.endSessions', {
      customerId: account.customerId,
      reason: 'Customer left themselves signed in at a library',
    });
    expect(ended.data).toEqual({ sessionsEnded: 1 });
    expect((await phone.query('sessions.list')).status).toBe(401);
    expect((await otherBrowser.query('sessions.list')).status).toBe(200);
    const [audited] = await auditOf(app, 'sessions.ended_by_staff');
    expect(audited).toMatchObject({ account_id: account.accountId, details: { sessionsEnded: 1 } });
  });

  it('changes contact details as the customer asks; a new e-mail waits for its link', async () => {
    const { app, browser, account } = await setUp();
    await verifyCallerAs(browser, account);
    const changed = await browser.mutation('customers.changeContact', {
      customerId: account.customerId,
      reason: 'Customer moved house and has a new phone',
      phone: '07700 900123',
      email: 'new.address@example.com',
    });
    expect(changed.data).toEqual({ status: 'updated', emailChangePending: true });
    const after = await recordOf(app, account);
    expect(after.customer.phone).toBe('07700 900123');
    expect(after.account.email).toBe(account.email);
    expect((await app.outbox.latest('new.address@example.com')).subject).toContain('Confirm');
    expect((await app.outbox.latest(account.email)).text_body).toContain(
      'your phone number was changed',
    );
    const [audited] = await auditOf(app, 'contact.updated');
    expect(audited).toMatchObject({
      actor_type: 'staff',
      details: { fields: 'phone', reason: 'Customer moved house and has a new phone' },
    });
    const badPostcode = await browser.mutation('customers.changeContact', {
      customerId: account.customerId,
      reason: 'Customer moved house and has a new phone',
      address: { line1: '1 High Street', town: 'York', postcode: 'NOT A CODE' },
    });
    expect(badPostcode.status).toBe(400);
    expect(badPostcode.error?.data.fieldErrors?.['address.postcode']).toBeDefined();
  });

  it("opens agreements and payments only while the check is current; another customer's agreement is NOT_FOUND", async () => {
    const { app, browser, account } = await setUp();
    const financials = () =>
      browser.query<{ agreements: { summary: { id: string }; schedule: unknown[] }[] }>(
        'customers.financials',
        { customerId: account.customerId },
      );
    expect((await financials()).status).toBe(412);
    await verifyCallerAs(browser, account);
    const open = await financials();
    expect(open.data?.agreements.map((agreement) => agreement.summary.id)).toEqual([
      account.agreementId,
    ]);
    expect(open.data?.agreements[0]?.schedule.length).toBeGreaterThan(0);
    const own = await browser.query('customers.transactions', {
      customerId: account.customerId,
      agreementId: account.agreementId,
    });
    expect(own.status).toBe(200);
    const other = await givenAccount(app.deps.db);
    const theirs = await browser.query('customers.transactions', {
      customerId: account.customerId,
      agreementId: other.agreementId,
    });
    expect(theirs.status).toBe(404);
  });

  it("lists the customer's audit trail, the check and the action in it", async () => {
    const { app, browser, account } = await setUp();
    await lockOut(app, account);
    await verifyCallerAs(browser, account);
    await browser.mutation('customers.unlock', { customerId: account.customerId, reason: REASON });
    const trail = await browser.query<{ entries: { event: string }[] }>('customers.auditTrail', {
      customerId: account.customerId,
    });
    expect(trail.data?.entries.map((entry) => entry.event).slice(0, 2)).toEqual([
      'account.unlocked',
      'customer.identity_verified',
    ]);
  });
});
