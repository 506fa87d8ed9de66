import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type CustomerPage } from './support/browser.js';
import { demoCustomer } from './support/demo-data.js';
import { linkIn, outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { signIn, submitSignIn } from './support/sign-in.js';
import { totpCode } from './support/totp.js';

// The seeded customer who has an agreement but no login yet.
const grace = demoCustomer(null);
const agreementNumber = grace.agreements[0]?.agreementNumber ?? '';
const [year, month, day] = grace.customer.date_of_birth.split('-');
const username = 'grace.whitfield';
const password = 'orchard-lantern-copper-49';

let browser: Browser;
let customer: CustomerPage;
let totpSecret = '';
let recoveryCodes: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  customer = await openPage(browser);
});

afterAll(async () => {
  await browser.close();
});

describe('a customer with an agreement but no login', () => {
  it('registers through the identity check and is sent a verification e-mail', async () => {
    const { page } = customer;
    await page.goto('/register');
    await page.getByLabel('Agreement number').fill(agreementNumber);
    await page.getByLabel('Day', { exact: true }).fill(String(Number(day)));
    await page.getByLabel('Month', { exact: true }).fill(String(Number(month)));
    await page.getByLabel('Year', { exact: true }).fill(year ?? '');
    await page.getByLabel('Postcode').fill(grace.customer.postcode);
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 1, name: 'Choose your sign-in details' }).waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('E-mail address').fill(grace.customer.email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByText('Password strength:').waitFor();
    await checkPage(customer, 'register-details');
    const mark = await outboxMark();
    await page.getByRole('button', { name: 'Register', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
    await checkPage(customer, 'register-check-email');
    const mail = await waitForMail(grace.customer.email, mark);
    expect(mail.text_body).toContain('/verify-email?token=');

    await page.goto(linkIn(mail));
    await checkPage(customer, 'verify-email');
    await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
  });

  it('signs in with the new username and password', async () => {
    await signIn(customer.page, username, password);
    await expect
      .poll(() => customer.page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Hello, ${grace.customer.given_name}`);
  });

  it('turns on two-step verification with a code from an authenticator app', async () => {
    const { page } = customer;
    await page.goto('/security');
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();

    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    totpSecret = ((await page.locator('.enrolment__key').textContent()) ?? '').replace(/\s/g, '');
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
    await checkPage(customer, 'security-two-step-setup');

    await page.getByLabel('Enter the 6-digit code the app shows').fill(await totpCode(totpSecret));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();

    const codes = page.getByRole('list', { name: 'Recovery codes' }).locator('code');
    await codes.first().waitFor();
    recoveryCodes = await codes.allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await checkPage(customer, 'security-recovery-codes');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the codes' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('marque-motor-finance-recovery-codes.txt');
    const file = await readFile(await download.path(), 'utf8');
    for (const code of recoveryCodes) expect(file).toContain(code);

    await page.getByRole('button', { name: 'I have saved my codes' }).click();
    await page.getByText('You have 10 recovery codes left.').waitFor();
  });

  it('signs out, then needs a code from the app to sign in again', async () => {
    const { page } = customer;
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL((url) => url.pathname === '/sign-in');

    await submitSignIn(page, username, password);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    // The set-up code was this time step's; a code is accepted once, so use the next step's.
    await page.getByLabel('Security code').fill(await totpCode(totpSecret, 1));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('can sign in with a recovery code instead, once', async () => {
    const second = await openPage(browser);
    const { page } = second;
    await submitSignIn(page, username, password);
    await page.waitForURL((url) => url.pathname === '/sign-in/verify');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are signed in' }).waitFor();
    await page.getByText(/9 recovery codes/).waitFor();
    await second.context.close();
  });
});
