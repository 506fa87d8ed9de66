import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { addPasskey, SoftwareAuthenticator } from '../../test/passkeys.js';

describeEachDatabase('passkeys in Security settings', (getDb) => {
  it('adds a named passkey, lists it with its dates, audits it and e-mails a "this wasn\'t me" link', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);

    const started = await browser.mutation<{ options: PublicKeyCredentialCreationOptionsJSON }>(
      'passkeys.registrationOptions',
    );
    const options = started.data?.options;
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'Marque Motor Finance' },
      user: { name: account.username },
      attestation: 'none',
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    // The user handle is the account id's bytes, never the username or e-mail address.
    expect(Buffer.from(options?.user.id ?? '', 'base64url').toString()).toBe(account.accountId);

    const passkey = await addPasskey(browser, new SoftwareAuthenticator(), 'Kitchen tablet');
    expect(passkey).toEqual({
      id: expect.any(String) as unknown,
      name: 'Kitchen tablet',
      createdAt: app.clock.now().toISOString(),
      lastUsedAt: null,
      synced: false,
    });
    expect((await browser.query('passkeys.list')).data).toEqual({ passkeys: [passkey] });

    const audit = await getDb()
      .selectFrom('audit_events')
      .select(['event', 'details'])
      .where('event', '=', 'passkey.added')
      .execute();
    expect(audit).toHaveLength(1);
    const mail = await app.outbox.latest(account.email);
    expect(mail.subject).toBe('Passkeys changed on your Marque Motor Finance account');
    expect(mail.text_body).toContain('A passkey named "Kitchen tablet" was added to your account');
    expect(mail.text_body).toMatch(
      /This wasn't me: secure my account: http:\/\/localhost:3000\/not-me\?token=/,
    );
  });

  it('asks for re-authentication before adding a passkey when the password was proved over 10 minutes ago', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    app.clock.advance({ minutes: 11 });
    const refused = await browser.mutation('passkeys.registrationOptions');
    expect(refused.status).toBe(403);
    expect(refused.error?.data.reauthenticationRequired).toBe(true);
    await browser.mutation('auth.reauthenticate', { password: account.password });
    await expect(addPasskey(browser, new SoftwareAuthenticator())).resolves.toMatchObject({
      name: 'My phone',
    });
  });

  it('refuses a registration answer from another origin, for another relying party, or without user verification', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    for (const [authenticator, overrides] of [
      [new SoftwareAuthenticator(), { origin: 'https://marque-login.example' }],
      [new SoftwareAuthenticator(), { rpId: 'marque-login.example' }],
      [new SoftwareAuthenticator(false), {}],
    ] as const) {
      await expect(addPasskey(browser, authenticator, 'Phone', overrides)).rejects.toThrow(
        /We could not add that passkey/,
      );
    }
    expect((await browser.query('passkeys.list')).data).toEqual({ passkeys: [] });
    const failures = await getDb()
      .selectFrom('audit_events')
      .select('details')
      .where('event', '=', 'passkey.failed')
      .execute();
    expect(failures.map((row) => JSON.parse(row.details ?? '{}') as unknown)).toEqual([
      { purpose: 'registration', reason: 'not_verified' },
      { purpose: 'registration', reason: 'not_verified' },
      { purpose: 'registration', reason: 'not_verified' },
    ]);
  });

  it('spends a registration challenge once, and only in the session it was issued to', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const started = await browser.mutation<{ options: PublicKeyCredentialCreationOptionsJSON }>(
      'passkeys.registrationOptions',
    );
    const options = started.data?.options;
    if (options === undefined) throw new Error('no options');

    // The same customer signed in elsewhere cannot complete this browser's ceremony.
    const otherBrowser = app.client();
    await signIn(otherBrowser, account);
    const elsewhere = await otherBrowser.mutation('passkeys.register', {
      name: 'Phone',
      response: new SoftwareAuthenticator().register(options),
    });
    expect(elsewhere.status).toBe(400);

    const response = new SoftwareAuthenticator().register(options);
    const first = await browser.mutation('passkeys.register', { name: 'Phone', response });
    expect(first.status).toBe(200);
    const replayed = await browser.mutation('passkeys.register', { name: 'Phone', response });
    expect(replayed.status).toBe(400);
    expect(replayed.error?.message).toBe('We could not add that passkey. Please try again.');
    expect(
      (await browser.query<{ passkeys: unknown[] }>('passkeys.list')).data?.passkeys,
    ).toHaveLength(1);
  });

  it('refuses an expired registration challenge', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const started = await browser.mutation<{ options: PublicKeyCredentialCreationOptionsJSON }>(
      'passkeys.registrationOptions',
    );
    app.clock.advance({ minutes: 5, seconds: 1 });
    await browser.mutation('auth.reauthenticate', { password: account.password });
    const late = await browser.mutation('passkeys.register', {
      name: 'Phone',
      response: new SoftwareAuthenticator().register(
        started.data?.options as PublicKeyCredentialCreationOptionsJSON,
      ),
    });
    expect(late.status).toBe(400);
  });

  it("renames and removes only the customer's own passkeys: another customer's id is NOT_FOUND", async () => {
    const app = createTestApp({ db: getDb() });
    const owner = await givenAccount(getDb());
    const intruder = await givenAccount(getDb());
    const ownerBrowser = app.client();
    const intruderBrowser = app.client();
    await signIn(ownerBrowser, owner);
    await signIn(intruderBrowser, intruder);
    const passkey = await addPasskey(ownerBrowser, new SoftwareAuthenticator(), 'Phone');

    const renamed = await intruderBrowser.mutation('passkeys.rename', {
      passkeyId: passkey.id,
      name: 'Mine now',
    });
    const removed = await intruderBrowser.mutation('passkeys.remove', { passkeyId: passkey.id });
    const unknown = await intruderBrowser.mutation('passkeys.remove', {
      passkeyId: crypto.randomUUID(),
    });
    for (const result of [renamed, removed, unknown]) {
      expect(result.status).toBe(404);
      expect(result.error?.message).toBe('We could not find what you asked for.');
    }
    expect((await intruderBrowser.query('passkeys.list')).data).toEqual({ passkeys: [] });

    const ownRename = await ownerBrowser.mutation('passkeys.rename', {
      passkeyId: passkey.id,
      name: '  Work phone ',
    });
    expect(ownRename.data).toEqual({ passkey: { ...passkey, name: 'Work phone' } });
    expect((await app.outbox.latest(owner.email)).text_body).toContain(
      'A passkey on your account was renamed "Work phone"',
    );
    expect(
      (await ownerBrowser.mutation('passkeys.remove', { passkeyId: passkey.id })).data,
    ).toEqual({
      status: 'removed',
    });
    expect((await ownerBrowser.query('passkeys.list')).data).toEqual({ passkeys: [] });
    expect((await app.outbox.latest(owner.email)).text_body).toContain(
      'The passkey named "Work phone" was removed from your account',
    );
    const events = await getDb()
      .selectFrom('audit_events')
      .select('event')
      .where('event', 'like', 'passkey.%')
      .orderBy('seq')
      .execute();
    expect(events.map((row) => row.event)).toEqual([
      'passkey.added',
      'passkey.renamed',
      'passkey.removed',
    ]);
  });

  it('asks for re-authentication before removing a passkey', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const passkey = await addPasskey(browser, new SoftwareAuthenticator());
    app.clock.advance({ minutes: 11 });
    const refused = await browser.mutation('passkeys.remove', { passkeyId: passkey.id });
    expect(refused.error?.data.reauthenticationRequired).toBe(true);
    expect(
      (await browser.query<{ passkeys: unknown[] }>('passkeys.list')).data?.passkeys,
    ).toHaveLength(1);
  });

  it('does not register the same authenticator twice, and keeps at most 10 passkeys', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const first = new SoftwareAuthenticator();
    await addPasskey(browser, first);
    const started = await browser.mutation<{ options: PublicKeyCredentialCreationOptionsJSON }>(
      'passkeys.registrationOptions',
    );
    // The browser is told which credentials the account already has, so it does not make another.
    expect(started.data?.options.excludeCredentials).toHaveLength(1);
    for (let index = 2; index <= 10; index += 1) {
      await addPasskey(browser, new SoftwareAuthenticator(), `Key ${index}`);
    }
    const eleventh = await browser.mutation('passkeys.registrationOptions');
    expect(eleventh.status).toBe(400);
    expect(eleventh.error?.message).toBe(
      'You already have 10 passkeys. Remove one you no longer use first.',
    );
  });

  it('refuses a name that is empty, too long or has control characters, as a field error', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const passkey = await addPasskey(browser, new SoftwareAuthenticator());
    const result = await browser.mutation('passkeys.rename', { passkeyId: passkey.id, name: '' });
    expect(result.status).toBe(400);
    expect(result.error?.data.fieldErrors).toEqual({
      name: 'Give the passkey a name of up to 60 characters, like "Work laptop".',
    });
  });
});
