import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { PASSKEY_SIGN_IN_FAILED_MESSAGE } from '../../services/auth/passkey-sign-in.js';
import { SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  addPasskey,
  requestOptions,
  signInWithPasskey,
  SoftwareAuthenticator,
} from '../../test/passkeys.js';

/** A customer with one passkey, added from a browser that then signed out. */
async function givenPasskeyCustomer(app: TestApp, account: GivenAccount) {
  const authenticator = new SoftwareAuthenticator();
  const browser = app.client();
  await signIn(browser, account);
  const passkey = await addPasskey(browser, authenticator);
  await browser.mutation('auth.logout');
  return { authenticator, passkey };
}

async function signedInAs(browser: TestClient): Promise<string | null> {
  const me = await browser.query<{ username: string } | null>('auth.me');
  return me.data?.username ?? null;
}

async function auditDetails(app: TestApp, event: string): Promise<unknown[]> {
  const rows = await app.deps.db
    .selectFrom('audit_events')
    .select('details')
    .where('event', '=', event)
    .orderBy('seq')
    .execute();
  return rows.map((row) => JSON.parse(row.details ?? 'null') as unknown);
}

describeEachDatabase('signing in with a passkey alone', (getDb) => {
  it('signs in with no username, with a new session id, and records when the passkey was used', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator, passkey } = await givenPasskeyCustomer(app, account);
    const browser = app.client();
    browser.cookies.set(SESSION_COOKIE, 'planted-by-an-attacker');

    const options = await requestOptions(browser, 'auth.passkeyOptions');
    // No allow-list: the browser offers the passkeys it holds for this site (discoverable).
    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    expect(options.allowCredentials ?? []).toEqual([]);
    app.clock.advance({ minutes: 1 });
    const result = await browser.mutation('auth.loginWithPasskey', {
      response: authenticator.authenticate(options),
    });
    expect(result.data).toEqual({ status: 'signed_in' });
    expect(browser.cookie(SESSION_COOKIE)).not.toBe('planted-by-an-attacker');
    expect(await signedInAs(browser)).toBe(account.username);
    expect((await browser.query('passkeys.list')).data).toEqual({
      passkeys: [{ ...passkey, lastUsedAt: app.clock.now().toISOString() }],
    });
    expect(await auditDetails(app, 'signin.succeeded')).toContainEqual({
      method: 'passkey',
      newDevice: true,
    });
    // A browser the account has not used before: the owner is alerted, with the way out.
    const alert = await app.outbox.latest(account.email);
    expect(alert.subject).toBe('New sign-in to your Marque Motor Finance account');
    expect(alert.text_body).toContain('/not-me?token=');
  });

  it('refuses a replayed answer: each challenge is spent once', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const browser = app.client();
    const options = await requestOptions(browser, 'auth.passkeyOptions');
    const response = authenticator.authenticate(options);
    expect((await browser.mutation('auth.loginWithPasskey', { response })).status).toBe(200);

    const attacker = app.client({ ip: '198.51.100.66' });
    const replayed = await attacker.mutation('auth.loginWithPasskey', { response });
    expect(replayed.status).toBe(401);
    expect(replayed.error?.message).toBe(PASSKEY_SIGN_IN_FAILED_MESSAGE);
    expect(await signedInAs(attacker)).toBeNull();
    expect(await auditDetails(app, 'signin.failed')).toContainEqual({
      method: 'passkey',
      reason: 'challenge_not_valid',
    });
  });

  it('refuses a forged signature and garbage in the signed data, as failures, never a 500', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const browser = app.client();
    const genuine = authenticator.authenticate(
      await requestOptions(browser, 'auth.passkeyOptions'),
    );
    const signature = Buffer.from(genuine.response.signature, 'base64url');
    signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 0xff, signature.length - 1);
    const forged = await browser.mutation('auth.loginWithPasskey', {
      response: {
        ...genuine,
        response: { ...genuine.response, signature: signature.toString('base64url') },
      },
    });
    expect(forged.status).toBe(401);

    const garbled = authenticator.authenticate(
      await requestOptions(browser, 'auth.passkeyOptions'),
    );
    const result = await browser.mutation('auth.loginWithPasskey', {
      response: { ...garbled, response: { ...garbled.response, authenticatorData: 'AAAA' } },
    });
    expect(result.status).toBe(401);
    expect(await signedInAs(browser)).toBeNull();
    expect(await auditDetails(app, 'signin.failed')).toEqual([
      { method: 'passkey', reason: 'not_verified', counter: 'account' },
      { method: 'passkey', reason: 'not_verified', counter: 'account' },
    ]);
  });

  it('signs in once when the same answer arrives ten times at once', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const response = authenticator.authenticate(
      await requestOptions(app.client(), 'auth.passkeyOptions'),
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.client().mutation('auth.loginWithPasskey', { response }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([
      200, 401, 401, 401, 401, 401, 401, 401, 401, 401,
    ]);
    const sessions = await getDb()
      .selectFrom('sessions')
      .select('id')
      .where('account_id', '=', account.accountId)
      .execute();
    expect(sessions).toHaveLength(1);
  });

  it('refuses an expired challenge', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const browser = app.client();
    const options = await requestOptions(browser, 'auth.passkeyOptions');
    app.clock.advance({ minutes: 5, seconds: 1 });
    const late = await browser.mutation('auth.loginWithPasskey', {
      response: authenticator.authenticate(options),
    });
    expect(late.status).toBe(401);
  });

  it('refuses an answer made on another origin (a phishing site relaying the prompt)', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const browser = app.client();
    for (const overrides of [
      { origin: 'https://marque-secure-login.example' },
      { rpId: 'evil.example' },
    ]) {
      const result = await signInWithPasskey(browser, authenticator, overrides);
      expect(result.status).toBe(401);
      expect(result.error?.message).toBe(PASSKEY_SIGN_IN_FAILED_MESSAGE);
    }
    expect(await signedInAs(browser)).toBeNull();
    expect(await auditDetails(app, 'signin.failed')).toEqual([
      { method: 'passkey', reason: 'not_verified', counter: 'account' },
      { method: 'passkey', reason: 'not_verified', counter: 'account' },
    ]);
  });

  it('refuses a passkey whose counter did not rise (a copy), audits it and e-mails the owner', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const copy = authenticator.clone();
    expect((await signInWithPasskey(app.client(), authenticator)).status).toBe(200);

    const attacker = app.client({ ip: '198.51.100.66' });
    const refused = await signInWithPasskey(attacker, copy);
    expect(refused.status).toBe(401);
    expect(await signedInAs(attacker)).toBeNull();
    expect(await auditDetails(app, 'passkey.copy_refused')).toEqual([
      { passkeyId: expect.any(String) as unknown, storedCounter: 1, newCounter: 1 },
    ]);
    const mail = await app.outbox.latest(account.email);
    expect(mail.subject).toBe('We refused a passkey sign-in to your Marque Motor Finance account');
    expect(mail.text_body).toContain('because it looked like a copy of it was used');
    expect(mail.text_body).toContain('/not-me?token=');
    // The genuine authenticator, whose counter is ahead, still works.
    expect((await signInWithPasskey(app.client(), authenticator)).status).toBe(200);
  });

  it('refuses a passkey that is no longer on the account', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const authenticator = new SoftwareAuthenticator();
    const browser = app.client();
    await signIn(browser, account);
    const passkey = await addPasskey(browser, authenticator);
    await browser.mutation('passkeys.remove', { passkeyId: passkey.id });
    const result = await signInWithPasskey(app.client(), authenticator);
    expect(result.status).toBe(401);
    expect(await auditDetails(app, 'signin.failed')).toEqual([
      { method: 'passkey', reason: 'unknown_passkey' },
    ]);
  });

  it('obeys the account lockout: a locked account is refused even with its passkey', async () => {
    const app = createTestApp({ db: getDb(), env: { LOCKOUT_MAX_FAILURES: '3' } });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const attacker = app.client({ ip: '198.51.100.66' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await attacker.mutation('auth.login', {
        username: account.username,
        password: 'Not-The-Password-9',
      });
    }
    const result = await signInWithPasskey(app.client(), authenticator);
    expect(result.status).toBe(401);
    expect(result.error?.message).toBe(PASSKEY_SIGN_IN_FAILED_MESSAGE);
    expect(await auditDetails(app, 'signin.failed')).toContainEqual({
      method: 'passkey',
      reason: 'locked',
      counter: 'account',
    });
  });

  it('is rate limited per IP address like the password sign-in, options counted apart from attempts', async () => {
    const app = createTestApp({ db: getDb(), env: { RATE_LIMIT_LOGIN_IP: '2/60' } });
    const account = await givenAccount(getDb());
    const { authenticator } = await givenPasskeyCustomer(app, account);
    const browser = app.client({ ip: '198.51.100.7' });
    const first = await requestOptions(browser, 'auth.passkeyOptions');
    const second = await requestOptions(browser, 'auth.passkeyOptions');
    expect((await browser.mutation('auth.passkeyOptions')).status).toBe(429);
    // Two page visits did not use up the two sign-in attempts.
    for (const options of [first, second]) {
      const result = await browser.mutation('auth.loginWithPasskey', {
        response: authenticator.authenticate(options),
      });
      expect(result.status).toBe(200);
    }
    const third = await browser.mutation('auth.loginWithPasskey', {
      response: authenticator.authenticate(first),
    });
    expect(third.status).toBe(429);
  });
});

describeEachDatabase('a passkey as the second step after the password', (getDb) => {
  async function withTwoStep(app: TestApp, account: GivenAccount) {
    const browser = app.client();
    await signIn(browser, account);
    const started = await browser.mutation<{ secret: string }>('mfa.startTotp');
    const secret = started.data?.secret ?? '';
    await browser.mutation('mfa.confirmTotp', {
      code: await generate({ secret, epoch: Math.floor(app.clock.now().getTime() / 1000) }),
    });
    const authenticator = new SoftwareAuthenticator();
    await addPasskey(browser, authenticator);
    await browser.mutation('auth.logout');
    return authenticator;
  }

  async function passwordStep(browser: TestClient, account: GivenAccount) {
    const result = await browser.mutation<{ status: string; challenge: string; passkey: boolean }>(
      'auth.login',
      { username: account.username, password: account.password },
    );
    return result.data;
  }

  it('offers the passkey after the password and signs in with it instead of a code', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const authenticator = await withTwoStep(app, account);
    const browser = app.client();
    const step = await passwordStep(browser, account);
    expect(step).toEqual({
      status: 'mfa_required',
      challenge: expect.any(String) as unknown,
      passkey: true,
    });
    const options = await requestOptions(browser, 'auth.mfaPasskeyOptions', {
      challenge: step?.challenge,
    });
    // Only this account's passkeys, with the transports the browser reported when each was made;
    // presence is enough after a password.
    expect(options.allowCredentials).toEqual([
      { id: expect.any(String) as unknown, type: 'public-key', transports: ['internal'] },
    ]);
    expect(options.userVerification).toBe('discouraged');
    const result = await browser.mutation('auth.verifyMfaPasskey', {
      challenge: step?.challenge,
      response: authenticator.authenticate(options),
    });
    expect(result.data).toEqual({ status: 'signed_in', recoveryCodesLeft: null });
    expect(await signedInAs(browser)).toBe(account.username);
  });

  it("refuses another account's passkey, and counts it like a wrong code", async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    await withTwoStep(app, account);
    const other = await givenAccount(getDb());
    const otherAuthenticator = await withTwoStep(app, other);

    const browser = app.client();
    const step = await passwordStep(browser, account);
    const options = await requestOptions(browser, 'auth.mfaPasskeyOptions', {
      challenge: step?.challenge,
    });
    // The attacker's own passkey, signing this sign-in's challenge.
    const result = await browser.mutation('auth.verifyMfaPasskey', {
      challenge: step?.challenge,
      response: otherAuthenticator.authenticate({ ...options, allowCredentials: [] }),
    });
    expect(result.status).toBe(401);
    expect(await signedInAs(browser)).toBeNull();
    const challenge = await getDb()
      .selectFrom('mfa_challenges')
      .select('attempts')
      .where('account_id', '=', account.accountId)
      .executeTakeFirstOrThrow();
    expect(challenge.attempts).toBe(1);
    expect(await auditDetails(app, 'signin.mfa_failed')).toEqual([{ method: 'passkey' }]);
  });

  it('binds the passkey challenge to its sign-in: it cannot finish another sign-in', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const authenticator = await withTwoStep(app, account);
    const first = app.client();
    const second = app.client();
    const firstStep = await passwordStep(first, account);
    const secondStep = await passwordStep(second, account);
    const options = await requestOptions(first, 'auth.mfaPasskeyOptions', {
      challenge: firstStep?.challenge,
    });
    const crossed = await second.mutation('auth.verifyMfaPasskey', {
      challenge: secondStep?.challenge,
      response: authenticator.authenticate(options),
    });
    expect(crossed.status).toBe(401);
  });

  it('says there is no passkey option for an account without one', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const started = await browser.mutation<{ secret: string }>('mfa.startTotp');
    await browser.mutation('mfa.confirmTotp', {
      code: await generate({
        secret: started.data?.secret ?? '',
        epoch: Math.floor(app.clock.now().getTime() / 1000),
      }),
    });
    const step = await passwordStep(app.client(), account);
    expect(step?.passkey).toBe(false);
    const refused = await app.client().mutation('auth.mfaPasskeyOptions', {
      challenge: step?.challenge,
    });
    expect(refused.status).toBe(400);
  });
});

describeEachDatabase('re-authenticating with a passkey', (getDb) => {
  it('unlocks sensitive changes for 10 minutes, in the session the challenge was issued to', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const authenticator = new SoftwareAuthenticator();
    const browser = app.client();
    await signIn(browser, account);
    await addPasskey(browser, authenticator);
    app.clock.advance({ minutes: 11 });
    expect((await browser.mutation('mfa.startTotp')).error?.data.reauthenticationRequired).toBe(
      true,
    );

    const options = await requestOptions(browser, 'auth.reauthenticationPasskeyOptions');
    expect(options.userVerification).toBe('required');
    const response = authenticator.authenticate(options);
    const otherSession = app.client();
    await signIn(otherSession, account);
    expect(
      (await otherSession.mutation('auth.reauthenticateWithPasskey', { response })).status,
    ).toBe(400);
    expect((await browser.mutation('auth.reauthenticateWithPasskey', { response })).data).toEqual({
      status: 'reauthenticated',
    });
    expect((await browser.mutation('mfa.startTotp')).status).toBe(200);
    expect(await auditDetails(app, 'passkey.reauthenticated')).toHaveLength(1);
  });
});
