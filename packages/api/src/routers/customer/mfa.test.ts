import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, TEST_PASSWORD, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

interface Enrolled {
  secret: string;
  recoveryCodes: string[];
}

function codeAt(app: TestApp, secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(app.clock.now().getTime() / 1000) + offsetSeconds });
}

/** Signs in and turns TOTP on, returning the secret and the recovery codes. */
async function enrol(app: TestApp, account: GivenAccount): Promise<Enrolled> {
  const browser = app.client();
  await signIn(browser, account);
  const started = await browser.mutation<{ secret: string }>('mfa.startTotp');
  const secret = started.data?.secret ?? '';
  const confirmed = await browser.mutation<{ recoveryCodes: string[] }>('mfa.confirmTotp', {
    code: await codeAt(app, secret),
  });
  // The code used to confirm is spent; later tests start from the next 30-second step.
  app.clock.advance({ seconds: 30 });
  return { secret, recoveryCodes: confirmed.data?.recoveryCodes ?? [] };
}

async function challengeFor(browser: TestClient, account: GivenAccount): Promise<string> {
  const result = await browser.mutation<{ status: string; challenge: string }>('auth.login', {
    username: account.username,
    password: TEST_PASSWORD,
  });
  expect(result.data?.status).toBe('mfa_required');
  return result.data?.challenge ?? '';
}

describeEachDatabase('two-step verification', (getDb) => {
  it('enrols an authenticator app with a QR code and gives ten recovery codes once', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb(), { username: 'qr.user' });
    const browser = app.client();
    await signIn(browser, account);
    const started = await browser.mutation<{ otpauthUrl: string; qrSvg: string; secret: string }>(
      'mfa.startTotp',
    );
    expect(started.data?.otpauthUrl).toMatch(
      /^otpauth:\/\/totp\/Marque%20Motor%20Finance:qr\.user\?/,
    );
    expect(started.data?.otpauthUrl).toContain(`secret=${started.data?.secret ?? ''}`);
    expect(started.data?.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(started.data?.qrSvg).not.toMatch(/<script/i);

    const wrong = await browser.mutation('mfa.confirmTotp', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect((await browser.query<{ mfaEnabled: boolean }>('auth.me')).data?.mfaEnabled).toBe(false);

    const confirmed = await browser.mutation<{ recoveryCodes: string[] }>('mfa.confirmTotp', {
      code: await codeAt(app, started.data?.secret ?? ''),
    });
    const codes = confirmed.data?.recoveryCodes ?? [];
    expect(codes).toHaveLength(10);
    for (const code of codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{2}$/);
    expect(new Set(codes).size).toBe(10);
    expect((await browser.query('auth.me')).data).toMatchObject({
      mfaEnabled: true,
      recoveryCodesLeft: 10,
    });
    expect((await app.outbox.latest(account.email)).subject).toMatch(
      /Two-step verification changed/,
    );
  });

  it('stores the TOTP secret encrypted and the recovery codes hashed', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { secret, recoveryCodes } = await enrol(app, account);
    const row = await getDb().selectFrom('totp').selectAll().executeTakeFirstOrThrow();
    expect(row.secret_encrypted).not.toContain(secret);
    const hashes = await getDb().selectFrom('recovery_codes').select('code_hash').execute();
    const stored = JSON.stringify(hashes);
    for (const code of recoveryCodes) expect(stored).not.toContain(code.replace(/-/g, ''));
  });

  it('asks for a code after the password and signs in only once it is right', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { secret } = await enrol(app, account);
    const browser = app.client();
    const login = await browser.mutation('auth.login', {
      username: account.username,
      password: TEST_PASSWORD,
    });
    expect(login.data).toMatchObject({
      status: 'mfa_required',
      challenge: expect.any(String) as unknown,
    });
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
    expect((await browser.query('auth.me')).data).toBeNull();

    const challenge = (login.data as { challenge: string }).challenge;
    const verified = await browser.mutation('auth.verifyMfa', {
      challenge,
      code: await codeAt(app, secret),
    });
    expect(verified.data).toEqual({ status: 'signed_in', recoveryCodesLeft: null });
    expect((await browser.query('auth.me')).data).not.toBeNull();
  });

  it('accepts a code from the previous or next 30-second step, not further', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { secret } = await enrol(app, account);
    const browser = app.client();
    const early = await browser.mutation('auth.verifyMfa', {
      challenge: await challengeFor(browser, account),
      code: await codeAt(app, secret, -90),
    });
    expect(early.status).toBe(401);
    const drifted = await browser.mutation('auth.verifyMfa', {
      challenge: await challengeFor(browser, account),
      code: await codeAt(app, secret, 30),
    });
    expect(drifted.status).toBe(200);
  });

  it('refuses a TOTP code that was already used, even inside its 30 seconds (replay)', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { secret } = await enrol(app, account);
    const code = await codeAt(app, secret);
    const first = app.client();
    expect(
      (
        await first.mutation('auth.verifyMfa', {
          challenge: await challengeFor(first, account),
          code,
        })
      ).status,
    ).toBe(200);
    const attacker = app.client();
    const replay = await attacker.mutation('auth.verifyMfa', {
      challenge: await challengeFor(attacker, account),
      code,
    });
    expect(replay.status).toBe(401);
    expect((await attacker.query('auth.me')).data).toBeNull();
  });

  it('accepts each recovery code once, in any case and with or without hyphens', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { recoveryCodes } = await enrol(app, account);
    const code = recoveryCodes[0] ?? '';
    const browser = app.client();
    const used = await browser.mutation('auth.verifyMfa', {
      challenge: await challengeFor(browser, account),
      code: code.toUpperCase().replace(/-/g, ' '),
    });
    expect(used.data).toEqual({ status: 'signed_in', recoveryCodesLeft: 9 });
    const again = app.client();
    const reuse = await again.mutation('auth.verifyMfa', {
      challenge: await challengeFor(again, account),
      code,
    });
    expect(reuse.status).toBe(401);
  });

  it('allows a challenge 5 minutes and 5 wrong codes', async () => {
    const app = createTestApp({ db: getDb(), env: { LOCKOUT_MAX_FAILURES: '20' } });
    const account = await givenAccount(getDb());
    const { secret } = await enrol(app, account);
    const browser = app.client();
    const challenge = await challengeFor(browser, account);
    for (let i = 0; i < 5; i += 1) {
      expect((await browser.mutation('auth.verifyMfa', { challenge, code: '000000' })).status).toBe(
        401,
      );
    }
    const spent = await browser.mutation('auth.verifyMfa', {
      challenge,
      code: await codeAt(app, secret),
    });
    expect(spent.error?.message).toMatch(/expired/);

    const slow = await challengeFor(browser, account);
    app.clock.advance({ minutes: 5, seconds: 1 });
    const late = await browser.mutation('auth.verifyMfa', {
      challenge: slow,
      code: await codeAt(app, secret),
    });
    expect(late.error?.message).toMatch(/expired/);
  });

  it('counts wrong codes on their own lockout counter and e-mails the customer when it locks', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { secret } = await enrol(app, account);
    const browser = app.client();
    for (let i = 0; i < 5; i += 1) {
      const challenge = await challengeFor(browser, account);
      await browser.mutation('auth.verifyMfa', { challenge, code: '000000' });
    }
    const locked = await browser.mutation('auth.verifyMfa', {
      challenge: await challengeFor(browser, account),
      code: await codeAt(app, secret),
    });
    expect(locked.status).toBe(429);
    expect(locked.error?.data.retryAfterSeconds).toBeGreaterThan(0);
    expect((await app.outbox.latest(account.email)).text_body).toMatch(
      /wrong two-step verification codes/,
    );

    app.clock.advance({ minutes: 1, seconds: 1 });
    const after = await browser.mutation('auth.verifyMfa', {
      challenge: await challengeFor(browser, account),
      code: await codeAt(app, secret),
    });
    expect(after.status).toBe(200);
  });

  it('turns off, and replaces recovery codes, only with a password entered in the last 10 minutes', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { secret } = await enrol(app, account);
    const browser = app.client();
    await browser.mutation('auth.verifyMfa', {
      challenge: await challengeFor(browser, account),
      code: await codeAt(app, secret),
    });
    const fresh = await browser.mutation<{ recoveryCodes: string[] }>(
      'mfa.regenerateRecoveryCodes',
    );
    expect(fresh.data?.recoveryCodes).toHaveLength(10);

    app.clock.advance({ minutes: 11 });
    const stale = await browser.mutation('mfa.disable');
    expect(stale.status).toBe(403);
    expect(stale.error?.data.reauthenticationRequired).toBe(true);
    await browser.mutation('auth.reauthenticate', { password: TEST_PASSWORD });
    expect((await browser.mutation('mfa.disable')).data).toEqual({ status: 'disabled' });
    expect((await browser.query('auth.me')).data).toMatchObject({ mfaEnabled: false });
    const next = await app
      .client()
      .mutation('auth.login', { username: account.username, password: TEST_PASSWORD });
    expect(next.data).toEqual({ status: 'signed_in' });
  });

  it('needs a signed-in customer to start', async () => {
    const app = createTestApp({ db: getDb() });
    expect((await app.client().mutation('mfa.startTotp')).status).toBe(401);
  });
});
