import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_STAFF, type DemoStaff } from '../../packages/api/src/seed/demo-staff.js';
import { openPage, type CustomerPage, type ViewportName } from './browser.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { totpCode } from './totp.js';

const TOTP_STEP_MS = 30_000;

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
 * second sign-in of the same member within 30 seconds passes `stepsAhead: 1`; a code an earlier
 * test file already spent is refused, and the next step's code is tried once that step begins.
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
  const signedIn = page.getByRole('heading', { level: 1, name: `Hello, ${staff.displayName}` });
  for (let attempt = 0; ; attempt += 1) {
    const code = await totpCode(staff.totpSecret, attempt === 0 ? stepsAhead : 1);
    await page.getByLabel('Authenticator code').fill(code);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const outcome = await Promise.race([
      signedIn.waitFor().then(() => 'signed in' as const),
      page
        .getByRole('alert')
        .first()
        .waitFor()
        .then(() => 'refused' as const),
    ]);
    if (outcome === 'signed in') return;
    if (attempt === 2) throw new Error(`${staff.username}: the authenticator code was refused`);
    await new Promise((resolve) =>
      setTimeout(resolve, TOTP_STEP_MS - (Date.now() % TOTP_STEP_MS) + 250),
    );
  }
}
