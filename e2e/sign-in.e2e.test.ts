import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './support/demo-data.js';
import { checkPage } from './support/page-check.js';
import { signIn, submitSignIn } from './support/sign-in.js';
import { totpCode } from './support/totp.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('signing in', () => {
  it('signs in with username and password and keeps the session in a Secure, HttpOnly cookie', async () => {
    const customer = await openPage(browser);
    await signIn(customer.page, 'hp.demo');
    const cookies = await customer.context.cookies();
    const session = cookies.find((cookie) => cookie.name === '__Host-marque_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    await customer.context.close();
  });

  it('gives one message for an unknown username, a wrong password and a locked account', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    const failure = page.getByRole('alert').filter({ hasNotText: 'There is a problem' });
    const attempt = async (username: string, password: string) => {
      await submitSignIn(page, username, password);
      await failure.first().waitFor();
      return (await failure.first().textContent())?.trim();
    };

    const unknown = await attempt('nobody.here', 'Wrong-Password-123');
    const wrong = await attempt('lease.demo', 'Wrong-Password-123');
    expect(wrong).toBe(unknown);
    // Five failures lock the account for new devices (the default lockout policy).
    for (let failures = 2; failures <= 5; failures += 1) {
      expect(await attempt('lease.demo', `Wrong-Password-${String(failures)}`)).toBe(unknown);
    }
    expect(await attempt('lease.demo', DEMO_PASSWORD)).toBe(unknown);
    expect(page.url()).toContain('/sign-in');
    await checkPage(customer, 'sign-in-refused');
    await customer.context.close();
  });

  it.each(['desktop', 'phone'] as const)(
    'asks mfa.demo for a code from the authenticator app on a %s',
    async (viewport) => {
      const customer = await openPage(browser, viewport);
      const { page } = customer;
      await submitSignIn(page, 'mfa.demo', DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/sign-in/verify');
      await checkPage(customer, 'sign-in-verify');
      // Each viewport signs in once; a code is accepted once, so the phone uses the next step's.
      await page
        .getByLabel('Security code')
        .fill(await totpCode(DEMO_TOTP_SECRET, viewport === 'desktop' ? 0 : 1));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('heading', { level: 1, name: 'Hello, Ewan' }).waitFor();
      await customer.context.close();
    },
  );
});

describe('sessions', () => {
  it('lists this device and another, ends the other, and signs out', async () => {
    const laptop = await openPage(browser);
    const phone = await openPage(browser, 'phone');
    await signIn(phone.page, 'hp.demo');
    await signIn(laptop.page, 'hp.demo');

    const { page } = laptop;
    await page.goto('/security');
    const devices = page.locator('.sessions__item');
    await devices.first().waitFor();
    const before = await devices.count();
    expect(before).toBeGreaterThanOrEqual(2);
    const current = devices.filter({ hasText: 'This device' });
    expect(await current.count()).toBe(1);

    await devices
      .filter({ hasNotText: 'This device' })
      .first()
      .getByRole('button', { name: /^Sign out of / })
      .click();
    await expect.poll(() => devices.count()).toBe(before - 1);

    await page.getByRole('button', { name: 'Sign out of all other devices' }).click();
    await expect.poll(() => devices.count()).toBe(1);

    // The phone's session has ended: its next page sends it to sign in.
    await phone.page.goto('/');
    await phone.page.waitForURL((url) => url.pathname === '/sign-in');

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.goto('/security');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await laptop.context.close();
    await phone.context.close();
  });
});
