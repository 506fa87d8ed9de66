import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../packages/api/src/db/connect.js';
import { lastPaymentReceived } from '../packages/api/src/services/staff-help/customer-record.js';
import { launchBrowser, openPage, type CustomerPage } from './support/browser.js';
import { demoCustomer, DEMO_PASSWORD } from './support/demo-data.js';
import { checkPage } from './support/page-check.js';
import { signIn, submitSignIn } from './support/sign-in.js';
import { demoStaff, openStaffPage, signInStaff } from './support/staff-console.js';

const caller = demoCustomer('arrears.demo');
const callerName = `${caller.customer.given_name} ${caller.customer.family_name}`;
const supervisor = demoStaff('supervisor');
const agent = demoStaff('agent');
const REASON = 'Customer phoned: locked out after trying an old password';

let browser: Browser;
let desk: CustomerPage;

/** What the customer says when asked for their last payment: the ledger's, as 123.45. */
async function lastPaymentSaid(customerId: string): Promise<string | null> {
  const db = openDatabase(inject('databaseUrl'));
  try {
    const amount = await lastPaymentReceived(db, customerId);
    return amount === null
      ? null
      : `${String(Math.trunc(amount / 100))}.${String(amount % 100).padStart(2, '0')}`;
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  desk = await openStaffPage(browser);
});

afterAll(async () => {
  await browser.close();
});

describe('helping a locked-out customer from the staff console', () => {
  it('a customer locks themselves out on the customer site', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    const failure = page.getByRole('alert').filter({ hasNotText: 'There is a problem' });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitSignIn(page, 'arrears.demo', `Old-Password-${String(attempt)}`);
      await failure.first().waitFor();
    }
    await submitSignIn(page, 'arrears.demo', DEMO_PASSWORD);
    await failure.first().waitFor();
    expect(page.url()).toContain('/sign-in');
    await customer.context.close();
  });

  it('a supervisor finds them, sees the lock, and cannot unlock before verifying the caller', async () => {
    const { page } = desk;
    await signInStaff(desk, supervisor);
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page
      .getByLabel('Name, username, e-mail, agreement number, postcode or phone')
      .fill(caller.customer.family_name.slice(0, 4).toLowerCase());
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('region', { name: 'Matching customers' });
    await results.getByRole('link', { name: new RegExp(callerName) }).waitFor();
    // The agreement number is an identity answer: the results show only its last digits.
    const agreementNumber = caller.agreements[0]?.agreementNumber ?? '';
    expect(await results.textContent()).not.toContain(agreementNumber);
    await checkPage(desk, 'staff-customer-search');

    await results.getByRole('link', { name: new RegExp(callerName) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(callerName) }).waitFor();
    await page.getByText('Sign-in locked', { exact: true }).waitFor();
    await page.getByText('Complete the identity check first').waitFor();
    expect(await page.getByRole('button', { name: 'Unlock sign-in' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(caller.customer.date_of_birth);
    await checkPage(desk, 'staff-customer-unverified');

    // The server refuses too, whatever the page shows.
    const customerId = page.url().split('/').at(-1) ?? '';
    const refused = await desk.context.request.post('/api/trpc/customers.unlock', {
      data: { customerId, reason: REASON },
      headers: { origin: inject('staffUrl') },
    });
    expect(refused.status()).toBe(412);
  });

  it('a wrong answer fails the check without saying which; the right answers pass it', async () => {
    const { page } = desk;
    const customerId = page.url().split('/').at(-1) ?? '';
    const [year, month, day] = caller.customer.date_of_birth.split('-');
    const fillAnswers = async (postcode: string) => {
      await page.getByLabel('Agreement number').fill(caller.agreements[0]?.agreementNumber ?? '');
      const dateOfBirth = page.getByRole('group', { name: 'Date of birth' });
      await dateOfBirth.getByLabel('Day').fill(day ?? '');
      await dateOfBirth.getByLabel('Month').fill(month ?? '');
      await dateOfBirth.getByLabel('Year').fill(year ?? '');
      await page.getByLabel('Postcode').fill(postcode);
      const lastPayment = await lastPaymentSaid(customerId);
      if (lastPayment !== null)
        await page.getByLabel('Amount of the last payment').fill(lastPayment);
      await page.getByRole('button', { name: 'Check answers' }).click();
    };
    await fillAnswers('SW1A 1AA');
    await page.getByText('Not verified: the answers do not match our records.').waitFor();
    await fillAnswers(caller.customer.postcode.toLowerCase());
    await page.getByText('Caller verified', { exact: true }).first().waitFor();
    await page.getByText(caller.customer.postcode, { exact: false }).first().waitFor();
    await checkPage(desk, 'staff-customer-verified');
  });

  it('the supervisor unlocks with a reason, and the customer signs in', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: 'Unlock sign-in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unlock sign-in' });
    await dialog.getByRole('button', { name: 'Unlock', exact: true }).click();
    await dialog.getByText('Say why you are doing this, in at least 10 characters.').waitFor();
    await dialog.getByLabel('Reason').fill(REASON);
    await checkPage(desk, 'staff-customer-unlock-dialog');
    await dialog.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByText(/Sign-in unlocked \(\d+ lockouts? cleared\)/).waitFor();
    await page.getByText('Sign-in not locked', { exact: true }).waitFor();

    const customer = await openPage(browser);
    await signIn(customer.page, 'arrears.demo');
    await customer.context.close();
  });

  it('the audit log shows the unlock with the verification that allowed it', async () => {
    const { page } = desk;
    await page.reload();
    const trail = page.getByRole('region', { name: 'Audit events' });
    const unlockRow = trail.getByRole('row', { name: /account\.unlocked/ });
    await unlockRow.waitFor();
    const details = (await unlockRow.textContent()) ?? '';
    expect(details).toContain(`reason: ${REASON}`);
    const verificationId = /verificationId: ([0-9a-f-]{36})/.exec(details)?.[1];
    expect(verificationId).toBeDefined();
    const verifiedRow = trail.getByRole('row', { name: /customer\.identity_verified/ });
    expect(await verifiedRow.first().textContent()).toContain(verificationId);
    await checkPage(desk, 'staff-customer-audit-trail');
  });

  it('an agent on a phone sees the customer, but not the supervisor-only unlock and reset', async () => {
    const phoneDesk = await openStaffPage(browser, 'phone');
    await signInStaff(phoneDesk, agent);
    const { page } = phoneDesk;
    await page.goto(`/customers?q=${encodeURIComponent(caller.customer.family_name)}`);
    await page.getByRole('link', { name: new RegExp(callerName) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(callerName) }).waitFor();
    await checkPage(phoneDesk, 'staff-customer-agent');
    expect(await page.getByRole('button', { name: 'Unlock sign-in' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reset two-step verification' }).count()).toBe(0);
    const customerId = page.url().split('/').at(-1) ?? '';
    const refused = await phoneDesk.context.request.post('/api/trpc/customers.unlock', {
      data: { customerId, reason: REASON },
      headers: { origin: inject('staffUrl') },
    });
    expect(refused.status()).toBe(403);
    await phoneDesk.context.close();
  });
});
