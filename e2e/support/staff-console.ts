import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_STAFF, type DemoStaff } from '../../packages/api/src/seed/demo-staff.js';
import { openPage, type CustomerPage, type ViewportName } from './browser.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { totpCode } from './totp.js';

/** A seeded demo staff member by role. */
export function demoStaff(role: DemoStaff['role']): DemoStaff {
  const found = DEMO_STAFF.find((staff) => staff.role === role);
  if (found === undefined) throw new Error(`no demo staff member with the ${role} role`);
  return found;
}

/** Opens a new device at the staff console's origin (its own port and cookie). */
export function openStaffPage(
  browser: Browser,
  viewport: ViewportName = 'desktop',
): Promise<CustomerPage> {
  return openPage(browser, viewport, inject('staffUrl'));
}

/**
 * Signs a demo member in: password, then the authenticator's code. A code is accepted once, so a
 * second sign-in of the same member within 30 seconds passes `stepsAhead: 1`.
 */
export async function signInStaff(
  { page }: CustomerPage,
  staff: DemoStaff,
  stepsAhead = 0,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username', { exact: true }).fill(staff.username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter your authenticator code' }).waitFor();
  await page.getByLabel('Authenticator code').fill(await totpCode(staff.totpSecret, stepsAhead));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Hello, ${staff.displayName}` }).waitFor();
}
