import { expect, it } from 'vitest';
import { SIGN_IN_FAILED_MESSAGE } from '../../services/auth/sign-in.js';
import { SESSION_COOKIE, STAFF_SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, TEST_PASSWORD } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  givenStaff,
  signInStaff,
  staffBrowser,
  staffCode,
  type GivenStaff,
} from '../../test/staff.js';

async function me(browser: TestClient): Promise<unknown> {
  return (await browser.query('staffAuth.me')).data;
}

async function password(browser: TestClient, staff: GivenStaff, typed = staff.password) {
  return browser.mutation<{ status: string }>('staffAuth.login', {
    username: staff.username,
    password: typed,
  });
}

async function events(app: TestApp, event: string) {
  return app.deps.db.selectFrom('audit_events').selectAll().where('event', '=', event).execute();
}

describeEachDatabase('staff sign-in', (getDb) => {
  it('takes the password, then the authenticator code, then shows who is signed in', async () => {
    const app = createTestApp({ db: getDb() });
    const staff = await givenStaff(app, { role: 'supervisor', username: 'Sam.Super' });
    const browser = app.staffClient();
    const first = await password(browser, staff);
    expect(first.data).toEqual({ status: 'totp_required' });
    // Between the steps the browser holds a sign-in step, which opens nothing.
    expect(await me(browser)).toBeNull();
    expect((await browser.query('audit.search', { filter: {} })).status).toBe(401);

    const stepCookie = browser.cookie(STAFF_SESSION_COOKIE);
    const second = await browser.mutation('staffAuth.verifyTotp', {
      code: await staffCode(app, staff.totpSecret ?? ''),
    });
    expect(second.data).toEqual({ status: 'signed_in' });
    const cookie =
      second.headers.getSetCookie().find((line) => line.startsWith(`${STAFF_SESSION_COOKIE}=`)) ??
      '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(browser.cookie(STAFF_SESSION_COOKIE)).not.toBe(stepCookie);
    expect(await me(browser)).toEqual({
      id: staff.id,
      username: 'Sam.Super',
      displayName: expect.any(String) as string,
      role: 'supervisor',
    });
    const [succeeded] = await events(app, 'staff.signin.succeeded');
    expect(succeeded).toMatchObject({ actor_type: 'staff', actor_id: staff.id });
  });

  it('answers an unknown username, a wrong password, an invited member and a disabled one alike', async () => {
    const app = createTestApp({ db: getDb() });
    const staff = await givenStaff(app, { role: 'agent' });
    const { browser: admin } = await staffBrowser(app, 'admin');
    await admin.mutation('staffAdmin.invite', {
      username: 'not.yet',
      displayName: 'Not Yet',
      email: 'not.yet@staff.example',
      role: 'agent',
    });
    const disabled = await givenStaff(app, { role: 'agent' });
    await admin.mutation('staffAdmin.disable', { staffId: disabled.id });

    const attacker = app.staffClient();
    const results = [
      await attacker.mutation('staffAuth.login', { username: 'nobody', password: TEST_PASSWORD }),
      await password(attacker, staff, 'Not-The-Password-9'),
      await attacker.mutation('staffAuth.login', { username: 'not.yet', password: TEST_PASSWORD }),
      await password(attacker, disabled),
    ];
    for (const result of results) {
      expect(result.status).toBe(401);
      expect(JSON.stringify(result.body)).toBe(JSON.stringify(results[0]?.body));
      expect(result.error?.message).toBe(SIGN_IN_FAILED_MESSAGE);
    }
    expect(attacker.cookie(STAFF_SESSION_COOKIE)).toBeUndefined();
  });

  it('locks a member after 5 wrong passwords under the customers’ policy, even for the right one', async () => {
    const app = createTestApp({ db: getDb() });
    const staff = await givenStaff(app, { role: 'agent' });
    const attacker = app.staffClient();
    for (let i = 0; i < 5; i += 1) {
      expect((await password(attacker, staff, 'Not-The-Password-9')).status).toBe(401);
    }
    expect((await password(app.staffClient(), staff)).status).toBe(401);
    expect(await events(app, 'staff.locked')).toHaveLength(1);
    app.clock.advance({ minutes: 1, seconds: 1 });
    expect((await password(app.staffClient(), staff)).data).toEqual({ status: 'totp_required' });
  });

  it('rate-limits sign-in per address under the customers’ rule, with Retry-After', async () => {
    const app = createTestApp({ db: getDb(), env: { RATE_LIMIT_LOGIN_IP: '3/60' } });
    const staff = await givenStaff(app, { role: 'agent' });
    const browser = app.staffClient({ ip: '192.0.2.44' });
    for (let i = 0; i < 3; i += 1) {
      expect((await password(browser, staff, 'Not-The-Password-9')).status).toBe(401);
    }
    const limited = await password(browser, staff);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await password(app.staffClient({ ip: '192.0.2.45' }), staff)).status).toBe(200);
  });

  it('refuses a wrong code, a replayed code and a sixth code in one sign-in step', async () => {
    // A high lockout threshold, so that the step's own limit is what refuses the sixth code.
    const app = createTestApp({ db: getDb(), env: { LOCKOUT_MAX_FAILURES: '20' } });
    const staff = await givenStaff(app, { role: 'agent' });
    const secret = staff.totpSecret ?? '';
    const first = app.staffClient();
    await password(first, staff);
    expect((await first.mutation('staffAuth.verifyTotp', { code: '000000' })).status).toBe(401);
    const code = await staffCode(app, secret);
    expect((await first.mutation('staffAuth.verifyTotp', { code })).status).toBe(200);

    const replay = app.staffClient();
    await password(replay, staff);
    const replayed = await replay.mutation('staffAuth.verifyTotp', { code });
    expect(replayed.status).toBe(401);
    expect(await me(replay)).toBeNull();

    const guesser = app.staffClient();
    await password(guesser, staff);
    for (let i = 0; i < 5; i += 1) {
      await guesser.mutation('staffAuth.verifyTotp', { code: '000000' });
    }
    app.clock.advance({ seconds: 30 });
    const late = await guesser.mutation('staffAuth.verifyTotp', {
      code: await staffCode(app, secret),
    });
    expect(late.status).toBe(401);
    expect(await me(guesser)).toBeNull();
  });

  it('locks the second step after 5 wrong codes across sign-ins, with its own counter', async () => {
    const app = createTestApp({ db: getDb() });
    const staff = await givenStaff(app, { role: 'agent' });
    for (let i = 0; i < 5; i += 1) {
      const browser = app.staffClient();
      await password(browser, staff);
      expect((await browser.mutation('staffAuth.verifyTotp', { code: '000000' })).status).toBe(401);
    }
    const browser = app.staffClient();
    expect((await password(browser, staff)).status).toBe(200);
    const code = await staffCode(app, staff.totpSecret ?? '');
    const locked = await browser.mutation('staffAuth.verifyTotp', { code });
    expect(locked.status).toBe(429);
    expect(locked.error?.data.retryAfterSeconds).toBeGreaterThan(0);
    expect(await events(app, 'staff.locked')).toHaveLength(1);
  });

  it('enrols an authenticator with a QR code at the first sign-in, and never replaces an enrolled one', async () => {
    const app = createTestApp({ db: getDb() });
    const staff = await givenStaff(app, {
      role: 'agent',
      username: 'new.starter',
      enrolled: false,
    });
    const browser = app.staffClient();
    expect((await password(browser, staff)).data).toEqual({ status: 'enrolment_required' });
    expect((await browser.mutation('staffAuth.verifyTotp', { code: '123456' })).status).toBe(400);
    const started = await browser.mutation<{ secret: string; otpauthUrl: string; qrSvg: string }>(
      'staffAuth.startTotpEnrolment',
    );
    expect(started.data?.otpauthUrl).toMatch(
      /^otpauth:\/\/totp\/Marque%20Motor%20Finance%20staff:new\.starter\?/,
    );
    expect(started.data?.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const secret = started.data?.secret ?? '';
    expect((await browser.mutation('staffAuth.enrolTotp', { code: '000000' })).status).toBe(401);
    const enrolled = await browser.mutation('staffAuth.enrolTotp', {
      code: await staffCode(app, secret),
    });
    expect(enrolled.data).toEqual({ status: 'signed_in' });
    expect(await me(browser)).toMatchObject({ username: 'new.starter' });
    expect(await events(app, 'staff.totp_enrolled')).toHaveLength(1);

    app.clock.advance({ seconds: 30 });
    const again = app.staffClient();
    expect((await password(again, staff)).data).toEqual({ status: 'totp_required' });
    expect((await again.mutation('staffAuth.startTotpEnrolment')).status).toBe(400);
    await signInStaff(app, app.staffClient(), { ...staff, totpSecret: secret });
  });

  it('ends a staff session after 15 minutes idle, and a sign-in step after 10 minutes', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(app, 'agent');
    app.clock.advance({ minutes: 14 });
    expect(await me(browser)).not.toBeNull();
    app.clock.advance({ minutes: 14 });
    expect(await me(browser)).not.toBeNull();
    app.clock.advance({ minutes: 15, seconds: 1 });
    expect(await me(browser)).toBeNull();

    const staff = await givenStaff(app, { role: 'agent' });
    const slow = app.staffClient();
    await password(slow, staff);
    app.clock.advance({ minutes: 10, seconds: 1 });
    const code = await staffCode(app, staff.totpSecret ?? '');
    expect((await slow.mutation('staffAuth.verifyTotp', { code })).status).toBe(401);
  });

  it('signs out on the server, so a copied cookie stops working', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser, staff } = await staffBrowser(app, 'agent');
    const copy = app.staffClient();
    copy.cookies.set(STAFF_SESSION_COOKIE, browser.cookie(STAFF_SESSION_COOKIE) ?? '');
    expect(await me(copy)).not.toBeNull();
    expect((await browser.mutation('staffAuth.logout')).data).toEqual({ status: 'signed_out' });
    expect(browser.cookie(STAFF_SESSION_COOKIE)).toBeUndefined();
    expect(await me(copy)).toBeNull();
    const [ended] = await events(app, 'staff.signed_out');
    expect(ended).toMatchObject({ actor_type: 'staff', actor_id: staff.id });
  });
});

describeEachDatabase('staff and customer sessions stay apart', (getDb) => {
  it('a customer session is useless on the staff console', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const customer = app.client();
    await signIn(customer, account);
    const browser = app.staffClient();
    browser.cookies.set(SESSION_COOKIE, customer.cookie(SESSION_COOKIE) ?? '');
    // Even under the staff cookie's name a customer's session secret means nothing here.
    browser.cookies.set(STAFF_SESSION_COOKIE, customer.cookie(SESSION_COOKIE) ?? '');
    expect(await me(browser)).toBeNull();
    expect((await browser.query('audit.search', { filter: {} })).status).toBe(401);
    // …and no customer procedure exists on the staff endpoint.
    expect((await browser.query('auth.me')).status).toBe(404);
  });

  it('a staff session is useless on the customer site', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: staff } = await staffBrowser(app, 'admin');
    const customerSite = app.client();
    customerSite.cookies.set(STAFF_SESSION_COOKIE, staff.cookie(STAFF_SESSION_COOKIE) ?? '');
    customerSite.cookies.set(SESSION_COOKIE, staff.cookie(STAFF_SESSION_COOKIE) ?? '');
    expect((await customerSite.query('auth.me')).data).toBeNull();
    expect((await customerSite.query('sessions.list')).status).toBe(401);
    expect((await customerSite.query('staffAuth.me')).status).toBe(404);
  });

  it('refuses staff mutations from the customer site’s origin, and customer ones from the console’s', async () => {
    const app = createTestApp({ db: getDb() });
    const staff = await givenStaff(app, { role: 'agent' });
    const fromCustomerSite = app.staffClient({ origin: app.config.publicOrigin });
    const refused = await fromCustomerSite.mutation('staffAuth.login', {
      username: staff.username,
      password: staff.password,
    });
    expect(refused.status).toBe(403);
    const account = await givenAccount(getDb());
    const fromConsole = app.client({ origin: app.config.staffOrigin });
    const customerRefused = await fromConsole.mutation('auth.login', {
      username: account.username,
      password: account.password,
    });
    expect(customerRefused.status).toBe(403);
  });
});
