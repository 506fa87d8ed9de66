import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './app.js';
import { createTestApp } from './test/app.js';
import { givenAccount, signIn } from './test/customers.js';
import { describeEachDatabase } from './test/databases.js';

const PUBLIC_MUTATIONS = [
  'auth.register',
  'auth.verifyEmail',
  'auth.login',
  'auth.verifyMfa',
  'auth.requestPasswordReset',
  'auth.resetPassword',
  'auth.recoverUsername',
  'auth.loginWithPasskey',
  'auth.mfaPasskeyOptions',
  'auth.verifyMfaPasskey',
  'auth.reportNotMe',
  'profile.confirmEmailChange',
];

const CUSTOMER_CALLS = [
  ['mutation', 'auth.changePassword'],
  ['mutation', 'auth.reauthenticate'],
  ['mutation', 'mfa.confirmTotp'],
  ['mutation', 'sessions.revoke'],
  ['mutation', 'profile.updateContact'],
  ['mutation', 'passkeys.register'],
  ['mutation', 'passkeys.rename'],
  ['mutation', 'passkeys.remove'],
  ['mutation', 'auth.reauthenticateWithPasskey'],
  ['query', 'activity.list'],
] as const;

function expectClientError(status: number, body: unknown): void {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(JSON.stringify(body)).not.toMatch(
    /\bstack\b|node_modules|SQLITE|syntax error at|\.ts:\d+/i,
  );
}

describeEachDatabase('hostile input', (getDb) => {
  it('answers malformed JSON with 400 and no library text', async () => {
    const { client } = createTestApp({ db: getDb() });
    const response = await client().request('/api/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe('The request could not be read.');
    expectClientError(response.status, body);
  });

  it('answers inputs of the wrong shape with 4xx on every public procedure, never 500', async () => {
    const { client } = createTestApp({
      db: getDb(),
      env: {
        RATE_LIMIT_LOGIN_IP: '100000/60',
        RATE_LIMIT_LOGIN_ACCOUNT: '100000/60',
        RATE_LIMIT_REGISTER_IP: '100000/60',
        RATE_LIMIT_RESET_IP: '100000/60',
        RATE_LIMIT_RESET_TARGET: '100000/60',
        RATE_LIMIT_RECOVER_IP: '100000/60',
        RATE_LIMIT_MFA_IP: '100000/60',
      },
    });
    const browser = client();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PUBLIC_MUTATIONS),
        fc.jsonValue(),
        async (path, input) => {
          const result = await browser.mutation(path, input);
          expectClientError(result.status, result.body);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers odd but well-formed values with 4xx, never 500', async () => {
    const { client } = createTestApp({ db: getDb() });
    const browser = client();
    const strange = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.constantFrom('\u0000', "' OR 1=1 --", '<script>alert(1)</script>', '𝕏'.repeat(200), ' '),
    );
    await fc.assert(
      fc.asyncProperty(strange, strange, async (username, password) => {
        const login = await browser.mutation('auth.login', { username, password });
        expect([400, 401, 429]).toContain(login.status);
        const token = await browser.mutation('auth.resetPassword', { token: username, password });
        expectClientError(token.status, token.body);
      }),
      { numRuns: 25 },
    );
  });

  it('answers wrong inputs to signed-in procedures with 4xx', async () => {
    const { client } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = client();
    await signIn(browser, account);
    for (const [kind, path] of CUSTOMER_CALLS) {
      for (const input of [
        null,
        42,
        'text',
        [],
        { cursor: 'x'.repeat(5000), sessionId: { $ne: 1 } },
      ]) {
        const result =
          kind === 'query' ? await browser.query(path, input) : await browser.mutation(path, input);
        expectClientError(result.status, result.body);
      }
    }
  });

  it('refuses a NUL character anywhere in the input with 400 (PostgreSQL cannot store one)', async () => {
    const { client } = createTestApp({ db: getDb() });
    const browser = client();
    const inUsername = await browser.mutation('auth.login', {
      username: 'a\u0000b',
      password: 'x',
    });
    const inKey = await browser.mutation('auth.requestPasswordReset', {
      usernameOrEmail: 'someone',
      ['extra\u0000']: 1,
    });
    for (const result of [inUsername, inKey]) {
      expect(result.status).toBe(400);
      expect(result.error?.message).toBe('The request contains a character we cannot accept.');
    }
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const { client } = createTestApp({ db: getDb() });
    const result = await client().mutation('auth.register', {
      padding: 'x'.repeat(MAX_BODY_BYTES),
    });
    expect(result.status).toBe(413);
  });

  it('refuses a mutation over GET', async () => {
    const { client } = createTestApp({ db: getDb() });
    const result = await client().query('auth.logout');
    expectClientError(result.status, result.body);
  });
});
