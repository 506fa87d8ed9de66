import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apiQuery } from './support/api.js';
import {
  launchBrowser,
  openPage,
  type CustomerPage,
  type ViewportName,
} from './support/browser.js';
import { checkPage } from './support/page-check.js';
import { signIn } from './support/sign-in.js';

const PUBLIC_PAGES = [
  ['sign-in', '/sign-in'],
  ['register', '/register'],
  ['forgot-password', '/forgot-password'],
  ['forgot-username', '/forgot-username'],
  ['reset-password-without-link', '/reset-password'],
  ['help', '/help'],
  ['not-found', '/no-such-page'],
] as const;

const AGREEMENT_SECTIONS = [
  ['overview', ''],
  ['payments', '/payments'],
  ['pay', '/pay'],
  ['schedule', '/schedule'],
  ['transactions', '/transactions'],
  ['settlement', '/settlement'],
  ['voluntary-termination', '/voluntary-termination'],
  ['end-of-term', '/end-of-term'],
] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe.each<ViewportName>(['desktop', 'phone'])('every page on a %s', (viewport) => {
  describe('signed out', () => {
    let visitor: CustomerPage;

    beforeAll(async () => {
      visitor = await openPage(browser, viewport);
    });

    afterAll(async () => {
      await visitor.context.close();
    });

    it.each(PUBLIC_PAGES)('shows %s with no serious accessibility problem', async (name, path) => {
      await visitor.page.goto(path);
      await checkPage(visitor, name);
    });
  });

  describe('signed in with an HP and a PCP agreement', () => {
    let customer: CustomerPage;
    let pcpId: string;

    beforeAll(async () => {
      customer = await openPage(browser, viewport);
      await signIn(customer.page, 'multi.demo');
      const agreements = await apiQuery(customer.context, 'agreements', 'list');
      const pcp = agreements.find((agreement) => agreement.type === 'PCP');
      if (pcp === undefined) throw new Error('multi.demo has no PCP agreement');
      pcpId = pcp.id;
    });

    afterAll(async () => {
      await customer.context.close();
    });

    it('shows the dashboard with no serious accessibility problem', async () => {
      await customer.page.goto('/');
      await customer.page.locator('.balance-chart svg').first().waitFor();
      await checkPage(customer, 'dashboard');
    });

    it.each(AGREEMENT_SECTIONS)(
      'shows the agreement %s with no serious accessibility problem',
      async (name, path) => {
        await customer.page.goto(`/agreements/${pcpId}${path}`);
        await checkPage(customer, `agreement-${name}`);
      },
    );

    it('shows the overpayment calculator and its answer with no serious accessibility problem', async () => {
      const { page } = customer;
      await page.goto(`/agreements/${pcpId}/overpayment`);
      await page.getByLabel('How much would you like to overpay?').fill('1,000');
      await page.getByRole('button', { name: 'Work it out' }).click();
      await page.getByRole('heading', { name: 'Finish sooner' }).waitFor();
      await checkPage(customer, 'agreement-overpayment');
    });

    it('shows the security page with no serious accessibility problem', async () => {
      await customer.page.goto('/security');
      await customer.page.getByRole('heading', { name: 'Recent activity' }).waitFor();
      await checkPage(customer, 'security');
    });

    it('shows the profile page with no serious accessibility problem', async () => {
      await customer.page.goto('/profile');
      await customer.page.getByRole('heading', { name: 'Contact details' }).waitFor();
      await checkPage(customer, 'profile');
    });
  });
});
