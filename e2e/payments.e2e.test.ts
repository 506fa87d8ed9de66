import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiQuery } from './support/api.js';
import {
  launchBrowser,
  openPage,
  type CustomerPage,
  type ViewportName,
} from './support/browser.js';
import { checkPage } from './support/page-check.js';
import { signIn } from './support/sign-in.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Signs in hp.demo and opens the card payment page of their agreement. */
async function openPayPage(viewport: ViewportName = 'desktop'): Promise<CustomerPage> {
  const customer = await openPage(browser, viewport);
  await signIn(customer.page, 'hp.demo');
  const [agreement] = await apiQuery(customer.context, 'agreements', 'list');
  if (agreement === undefined) throw new Error('hp.demo has no agreement');
  await customer.page.goto(`/agreements/${agreement.id}`);
  await customer.page.getByRole('link', { name: 'Make a payment' }).click();
  await customer.page.getByRole('heading', { name: 'How much would you like to pay?' }).waitFor();
  return customer;
}

/** Chooses the suggested amount and types a card into the provider's hosted fields. */
async function payWithCard(page: Page, cardNumber: string): Promise<void> {
  const continueButton = page.getByRole('button', { name: 'Continue to card details' });
  if (await continueButton.isVisible()) await continueButton.click();
  const fields = page.frameLocator('iframe[title="Card details"]');
  await fields.getByLabel('Card number').fill(cardNumber);
  await fields.getByLabel('Expiry date (MM/YY)').fill('12/30');
  await fields.getByLabel('Security code').fill('123');
  await fields.getByRole('button', { name: 'Use this card' }).click();
}

describe('paying by card', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'takes an approved card and shows the receipt (%s)',
    async (viewport) => {
      const customer = await openPayPage(viewport);
      await checkPage(customer, 'pay-amount');
      await customer.page.getByRole('button', { name: 'Continue to card details' }).click();
      await customer.page
        .frameLocator('iframe[title="Card details"]')
        .getByLabel('Card number')
        .waitFor();
      await checkPage(customer, 'pay-card');
      await payWithCard(customer.page, '4242 4242 4242 4242');
      await customer.page.getByText('Thank you, your payment has been made').waitFor();
      expect(new URL(customer.page.url()).pathname).toMatch(/^\/payments\/[0-9a-f-]{36}$/);
      await checkPage(customer, 'payment-receipt');
      await customer.page.getByRole('link', { name: 'Back to your payments' }).click();
      const history = customer.page.getByRole('table', { name: /Your payments/ });
      await history.waitFor();
      expect(await history.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe(
        'Paid',
      );
      await customer.context.close();
    },
  );

  it('says why a declined card was not taken and lets the customer try again', async () => {
    const customer = await openPayPage();
    await payWithCard(customer.page, '4000 0000 0000 0002');
    await customer.page.getByText('Payment declined', { exact: true }).waitFor();
    await checkPage(customer, 'pay-declined');
    await payWithCard(customer.page, '4242 4242 4242 4242');
    await customer.page.getByText('Thank you, your payment has been made').waitFor();
    await customer.context.close();
  });

  it('sends the customer to their bank’s challenge and back to the paid receipt', async () => {
    const customer = await openPayPage();
    await payWithCard(customer.page, '4000 0025 0000 3155');
    await customer.page.getByRole('button', { name: 'Complete' }).click();
    await customer.page.getByText('Thank you, your payment has been made').waitFor();
    expect(new URL(customer.page.url()).pathname).toMatch(/^\/payments\//);
    await customer.context.close();
  });

  it('shows a payment as not taken when the customer fails their bank’s challenge', async () => {
    const customer = await openPayPage();
    const { page } = customer;
    await payWithCard(page, '4000 0025 0000 3155');
    await page.getByRole('button', { name: 'Fail' }).click();
    await page.getByText('Your bank could not confirm it was you, so nothing was taken.').waitFor();
    const paymentId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const payment = await apiQuery(customer.context, 'payments', 'get', { paymentId });
    expect(payment).toMatchObject({ status: 'failed', settledOn: null });
    await checkPage(customer, 'payment-challenge-failed');
    await page.getByRole('link', { name: 'choose another way to pay' }).click();
    const history = page.getByRole('table', { name: /Your payments/ });
    await history.waitFor();
    expect(await history.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe(
      'Not taken',
    );
    await customer.context.close();
  });
});

describe('Direct Debit', () => {
  it('is set up with the Guarantee accepted and shown masked', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    await signIn(page, 'pcp.demo');
    const [agreement] = await apiQuery(customer.context, 'agreements', 'list');
    if (agreement === undefined) throw new Error('pcp.demo has no agreement');
    await page.goto(`/agreements/${agreement.id}/payments`);
    await page.getByRole('button', { name: 'Set up a Direct Debit' }).click();
    await page.getByRole('heading', { name: 'The Direct Debit Guarantee' }).waitFor();
    await page.getByLabel('Name on the account').fill('Priya Shah');
    await page.getByLabel(/^Sort code/).fill('08-99-99');
    await page.getByLabel(/^Account number/).fill('66374958');
    await page.getByLabel(/^Collection day/).fill('15');
    await checkPage(customer, 'direct-debit-set-up');
    await page.getByLabel(/I have read the Direct Debit Guarantee/).check();
    await page.getByRole('button', { name: 'Set up Direct Debit' }).click();
    await page.getByText(/Your Direct Debit is set up/).waitFor();
    const account = page
      .locator('dt', { hasText: /^Account$/ })
      .locator('xpath=following-sibling::dd[1]');
    expect(await account.textContent()).toContain('08-99-99 ****4958');
    await checkPage(customer, 'direct-debit-active');
    await customer.context.close();
  });

  it('moves to another bank account with the Guarantee shown again (phone)', async () => {
    const customer = await openPage(browser, 'phone');
    const { page } = customer;
    await signIn(page, 'multi.demo');
    const agreements = await apiQuery(customer.context, 'agreements', 'list');
    const hp = agreements.find((agreement) => agreement.type === 'HP');
    if (hp === undefined) throw new Error('multi.demo has no HP agreement');
    await page.goto(`/agreements/${hp.id}/payments`);
    await page.getByRole('button', { name: 'Set up a Direct Debit' }).click();
    await page.getByLabel('Name on the account').fill('Sam Taylor');
    await page.getByLabel(/^Sort code/).fill('08-99-99');
    await page.getByLabel(/^Account number/).fill('66374958');
    await page.getByLabel(/^Collection day/).fill('20');
    await page.getByLabel(/I have read the Direct Debit Guarantee/).check();
    await page.getByRole('button', { name: 'Set up Direct Debit' }).click();
    await page.getByText(/Your Direct Debit is set up/).waitFor();

    await page.getByRole('button', { name: 'Change bank account' }).click();
    await page.getByRole('heading', { name: 'Pay from another bank account' }).waitFor();
    await page.getByRole('heading', { name: 'The Direct Debit Guarantee' }).waitFor();
    expect(await page.getByLabel(/^Collection day/).count()).toBe(0);
    await page.getByLabel('Name on the account').fill('Sam Taylor');
    await page.getByLabel(/^Sort code/).fill('20-29-59');
    await page.getByLabel(/^Account number/).fill('63748472');
    await checkPage(customer, 'direct-debit-change-bank');
    await page.getByRole('button', { name: 'Change bank account' }).click();
    await page
      .getByText('Please confirm you have read the Direct Debit Guarantee.')
      .first()
      .waitFor();
    await page.getByLabel(/I have read the Direct Debit Guarantee/).check();
    await page.getByRole('button', { name: 'Change bank account' }).click();
    await page.getByText(/Your new bank account is saved/).waitFor();
    const account = page
      .locator('dt', { hasText: /^Account$/ })
      .locator('xpath=following-sibling::dd[1]');
    expect(await account.textContent()).toContain('20-29-59 ****8472');
    expect(
      await page
        .locator('dt', { hasText: /^Collection day$/ })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).toBe('Day 20 of each month');
    await checkPage(customer, 'direct-debit-bank-changed');
    await customer.context.close();
  });
});
