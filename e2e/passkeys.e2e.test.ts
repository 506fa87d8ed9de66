import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../packages/api/src/db/connect.js';
import { givenAccount, type GivenAccount } from '../packages/api/src/test/customers.js';
import { apiQuery } from './support/api.js';
import { launchBrowser, openPage, VIEWPORTS, type CustomerPage } from './support/browser.js';
import { freePort } from './support/free-port.js';
import { linkIn, outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { signIn, submitSignIn } from './support/sign-in.js';
import { totpCode } from './support/totp.js';
import {
  addVirtualAuthenticator,
  syncCredentials,
  withoutPasskeyAutofill,
  type VirtualAuthenticator,
} from './support/virtual-authenticator.js';
import { uniqueAgreementNumber } from './support/agreement-number.js';

let browser: Browser;
let laptop: CustomerPage;
let authenticator: VirtualAuthenticator;
let pat: GivenAccount;
let alex: GivenAccount;

/** Customers of their own, so that no demo login is changed for the other browser tests. */
async function givenCustomers(): Promise<void> {
  const db = openDatabase(inject('databaseUrl'));
  try {
    pat = await givenAccount(db, {
      username: 'pat.passkey',
      email: 'pat.passkey@example.com',
      agreementNumber: uniqueAgreementNumber(),
    });
    alex = await givenAccount(db, {
      username: 'alex.alert',
      email: 'alex.alert@example.com',
      agreementNumber: uniqueAgreementNumber(),
    });
  } finally {
    await db.destroy();
  }
}

/** Moves the customer's sign-ins `minutes` into the past, as if they had signed in that long ago. */
async function ageSignIns(account: GivenAccount, minutes: number): Promise<void> {
  const db = openDatabase(inject('databaseUrl'));
  try {
    await db
      .updateTable('sessions')
      .set({ authenticated_at: new Date(Date.now() - minutes * 60_000).toISOString() })
      .where('account_id', '=', account.accountId)
      .execute();
  } finally {
    await db.destroy();
  }
}

/** The same page checked again at phone width (screenshot named for it). */
async function checkOnPhone(customer: CustomerPage, name: string): Promise<void> {
  await customer.page.setViewportSize(VIEWPORTS.phone);
  try {
    await checkPage({ ...customer, viewport: 'phone' }, name);
  } finally {
    await customer.page.setViewportSize(VIEWPORTS.desktop);
  }
}

/** What a page's script gets from navigator.credentials.get() for the API's options, as JSON. */
function assertionOnPage(page: Page, optionsJSON: unknown): Promise<unknown> {
  return page.evaluate(async (options) => {
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(
      options as PublicKeyCredentialRequestOptionsJSON,
    );
    const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
    return credential.toJSON();
  }, optionsJSON);
}

/** A procedure called as the web app would call it (its Origin), outside any browser. */
async function callApi(path: string, input?: unknown): Promise<{ status: number; body: unknown }> {
  const baseUrl = inject('baseUrl');
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    ...(input === undefined ? {} : { body: JSON.stringify(input) }),
  });
  return { status: response.status, body: await response.json() };
}

async function passkeyOptions(): Promise<unknown> {
  const { body } = await callApi('auth.passkeyOptions');
  return (body as { result: { data: { options: unknown } } }).result.data.options;
}

beforeAll(async () => {
  browser = await launchBrowser();
  await givenCustomers();
  laptop = await openPage(browser);
  await withoutPasskeyAutofill(laptop);
  authenticator = await addVirtualAuthenticator(laptop);
});

afterAll(async () => {
  await browser.close();
});

describe('passkeys', () => {
  it('adds a passkey in Security settings, named, with the dates it was added and used', async () => {
    const { page } = laptop;
    await signIn(page, pat.username, pat.password);
    await page.goto('/security');
    const section = page.getByRole('region', { name: 'Passkeys' });
    await section.getByText('You have no passkeys yet.').waitFor();
    const mark = await outboxMark();
    await section.getByLabel('Name for a new passkey').fill('This laptop');
    await section.getByRole('button', { name: 'Add a passkey' }).click();
    await section.getByText('Passkey "This laptop" added.', { exact: false }).waitFor();
    await section.getByText(/not used yet/).waitFor();

    expect(await authenticator.credentials()).toEqual([
      expect.objectContaining({ rpId: 'localhost', signCount: expect.any(Number) as unknown }),
    ]);
    const mail = await waitForMail(pat.email, mark);
    expect(mail.subject).toBe('Passkeys changed on your Marque Motor Finance account');
    expect(mail.text_body).toContain('/not-me?token=');
    await checkPage(laptop, 'security-passkeys');
    await checkOnPhone(laptop, 'security-passkeys');
  });

  it('signs out, then signs in with the passkey alone: no username, no password', async () => {
    const { page, context } = laptop;
    const before = (await context.cookies()).find((c) => c.name === '__Host-marque_session');
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.getByLabel('Username', { exact: true }).getAttribute('autocomplete')).toBe(
      'username webauthn',
    );
    await checkPage(laptop, 'sign-in-passkey');
    await checkOnPhone(laptop, 'sign-in-passkey');

    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 2, name: 'Your agreements' }).waitFor();
    const after = (await context.cookies()).find((c) => c.name === '__Host-marque_session');
    expect(after?.value).toBeDefined();
    expect(after?.value).not.toBe(before?.value);
    const { passkeys } = await apiQuery(context, 'passkeys', 'list');
    expect(passkeys[0]?.lastUsedAt).not.toBeNull();
  });

  it('refuses a replayed answer, and an answer made on another origin', async () => {
    const { page } = laptop;
    const response = await assertionOnPage(page, await passkeyOptions());
    expect((await callApi('auth.loginWithPasskey', { response })).status).toBe(200);
    const replayed = await callApi('auth.loginWithPasskey', { response });
    expect(replayed.status).toBe(401);

    // A look-alike page on another origin of the same host: the browser lets it use the passkey
    // (the relying party is "localhost"), but the signed origin gives it away.
    const port = await freePort();
    const lookAlike: Server = createServer((_request, reply) => {
      reply.writeHead(200, { 'content-type': 'text/html' });
      reply.end('<!doctype html><html lang="en"><title>Sign in</title><h1>Sign in</h1></html>');
    });
    await new Promise<void>((resolve) => lookAlike.listen(port, '127.0.0.1', resolve));
    try {
      await page.goto(`http://localhost:${String(port)}/`);
      const phished = await assertionOnPage(page, await passkeyOptions());
      const relayed = await callApi('auth.loginWithPasskey', { response: phished });
      expect(relayed.status).toBe(401);
    } finally {
      await new Promise((resolve) => lookAlike.close(resolve));
    }
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Your agreements' }).waitFor();
  });

  it('uses the passkey as the second step after the password', async () => {
    const { page } = laptop;
    await page.goto('/security');
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    const key = page.locator('.enrolment__key');
    await key.waitFor();
    const secret = ((await key.textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('Enter the 6-digit code the app shows').fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('button', { name: 'I have saved my codes' }).click();

    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await submitSignIn(page, pat.username, pat.password);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    await page.getByRole('button', { name: 'Use a passkey instead' }).waitFor();
    await checkPage(laptop, 'sign-in-verify-passkey');
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 2, name: 'Your agreements' }).waitFor();
  });

  it('offers the passkey among the username suggestions where the browser supports it', async () => {
    const phone = await openPage(browser, 'phone');
    // The same passkey synced to a phone, and back once used there (its counter went up).
    const phoneAuthenticator = await addVirtualAuthenticator(phone);
    await syncCredentials(authenticator, phoneAuthenticator);
    // The virtual authenticator picks the suggestion as soon as it is offered.
    await phone.page.goto('/sign-in');
    await phone.page.waitForURL((url) => url.pathname === '/');
    await phone.page.getByRole('heading', { level: 2, name: 'Your agreements' }).waitFor();
    await syncCredentials(phoneAuthenticator, authenticator);
    await phone.context.close();
  });

  it('removes the passkey after confirming it is the customer with that passkey', async () => {
    const { page } = laptop;
    await page.goto('/security');
    // The last sign-in was 11 minutes ago, as far as the server knows: a removal asks again.
    await ageSignIns(pat, 11);
    const section = page.getByRole('region', { name: 'Passkeys' });
    await section.getByRole('button', { name: 'Remove This laptop' }).click();
    await checkPage(laptop, 'security-passkey-remove');
    await section.getByRole('button', { name: 'Remove passkey' }).click();
    const prompt = page.getByRole('dialog', { name: 'Enter your password to continue' });
    await prompt.getByRole('button', { name: 'Use a passkey instead' }).waitFor();
    await checkPage(laptop, 'reauthenticate-passkey');
    await prompt.getByRole('button', { name: 'Use a passkey instead' }).click();
    await section.getByText('You have no passkeys yet.').waitFor();
    await checkPage(laptop, 'security-passkey-removed');

    const response = await assertionOnPage(page, await passkeyOptions());
    expect((await callApi('auth.loginWithPasskey', { response })).status).toBe(401);
  });
});

describe('"this wasn\'t me"', () => {
  it('shuts an intruder out from the new-device e-mail, until the password is reset', async () => {
    const own = await openPage(browser);
    await signIn(own.page, alex.username, alex.password);
    const intruder = await openPage(browser);
    const mark = await outboxMark();
    await signIn(intruder.page, alex.username, alex.password);
    const alert = await waitForMail(alex.email, mark);
    expect(alert.subject).toBe('New sign-in to your Marque Motor Finance account');

    const reader = await openPage(browser, 'phone');
    await reader.page.goto(linkIn(alert));
    await reader.page.getByRole('heading', { level: 1, name: 'Secure your account' }).waitFor();
    await checkPage(reader, 'not-me-confirm');
    await reader.page
      .getByRole('button', { name: 'Sign everyone out and lock my account' })
      .click();
    await reader.page
      .getByRole('heading', { level: 1, name: 'We have secured your account' })
      .waitFor();
    await checkPage(reader, 'not-me-secured');

    for (const device of [own, intruder]) {
      await device.page.goto('/security');
      await device.page.waitForURL((url) => url.pathname === '/sign-in');
    }
    await submitSignIn(intruder.page, alex.username, alex.password);
    await intruder.page.getByText('The username or password is incorrect').waitFor();

    const resetMark = await outboxMark();
    await own.page.goto('/forgot-password');
    await own.page.getByLabel('Username or e-mail address').fill(alex.username);
    await own.page.getByRole('button', { name: 'Send me a link' }).click();
    await own.page.goto(linkIn(await waitForMail(alex.email, resetMark)));
    const newPassword = 'kestrel-harbour-meadow-27';
    await own.page.getByLabel('New password', { exact: true }).fill(newPassword);
    await own.page
      .getByRole('button', { name: /password/i })
      .last()
      .click();
    await own.page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(own.page, alex.username, newPassword);
  });
});
