import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.js';
import { demoCustomer } from './support/demo-data.js';
import { linkIn, outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { signIn } from './support/sign-in.js';

const pcp = demoCustomer('pcp.demo');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('forgotten details', () => {
  it('resets a forgotten password through the e-mailed link, then signs in with the new one', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    await page.goto('/forgot-password');
    const mark = await outboxMark();
    await page.getByLabel('Username or e-mail address').fill('pcp.demo');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();

    const mail = await waitForMail(pcp.customer.email, mark);
    const link = linkIn(mail);
    expect(link).toContain('/reset-password?token=');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    const newPassword = 'harbour-kestrel-violet-83';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await checkPage(customer, 'reset-password');
    await page
      .getByRole('button', { name: /password/i })
      .last()
      .click();
    await page.waitForURL((url) => url.pathname === '/sign-in');

    await signIn(page, 'pcp.demo', newPassword);
    await customer.context.close();
  });

  it('e-mails a forgotten username after the identity check', async () => {
    const customer = await openPage(browser, 'phone');
    const { page } = customer;
    const agreement = pcp.agreements[0];
    const [year, month, day] = pcp.customer.date_of_birth.split('-');
    await page.goto('/forgot-username');
    await page.getByLabel('Agreement number').fill(agreement?.agreementNumber ?? '');
    await page.getByLabel('Day', { exact: true }).fill(String(Number(day)));
    await page.getByLabel('Month', { exact: true }).fill(String(Number(month)));
    await page.getByLabel('Year', { exact: true }).fill(year ?? '');
    await page.getByLabel('Postcode').fill(pcp.customer.postcode);
    const mark = await outboxMark();
    await page.getByRole('button', { name: 'E-mail my username' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
    await checkPage(customer, 'forgot-username-sent');

    const mail = await waitForMail(pcp.customer.email, mark);
    expect(mail.text_body).toContain('pcp.demo');
    await customer.context.close();
  });
});
