import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo-data.js';

/** Fills in and sends the sign-in form as a customer would, starting from the sign-in page. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in a customer without two-step verification and waits for the dashboard. */
export async function signIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await submitSignIn(page, username, password);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 2, name: 'Your agreements' }).waitFor();
}
