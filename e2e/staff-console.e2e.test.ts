import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sectionsFor } from '../apps/admin/src/features/navigation/console-sections.js';
import { launchBrowser, type CustomerPage } from './support/browser.js';
import { outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { demoStaff, openStaffPage, signInStaff } from './support/staff-console.js';
import { totpCode } from './support/totp.js';

const admin = demoStaff('admin');
const agent = demoStaff('agent');
const invitee = {
  name: 'Jordan Ellis',
  username: 'jordan.ellis',
  email: 'jordan.ellis@staff.marque.example',
  password: 'copper-meadow-lantern-82',
};

let browser: Browser;
let adminDesk: CustomerPage;

beforeAll(async () => {
  browser = await launchBrowser();
  adminDesk = await openStaffPage(browser);
});

afterAll(async () => {
  await browser.close();
});

describe('the staff console', () => {
  it('signs an admin in with password and authenticator code', async () => {
    const { page } = adminDesk;
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await checkPage(adminDesk, 'staff-sign-in');
    await signInStaff(adminDesk, admin);
    await page.getByRole('banner').getByText('Ada Admin', { exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Console' });
    // An admin sees every section, the admin-only ones last.
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      sectionsFor('admin').map((section) => section.label),
    );
    expect(
      sectionsFor('admin')
        .map((section) => section.label)
        .slice(-3),
    ).toEqual(['Audit log', 'Staff', 'Mailbox']);
    await checkPage(adminDesk, 'staff-overview');
  });

  it('lets the admin invite a colleague, who chooses a password and enrols an authenticator', async () => {
    const { page } = adminDesk;
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Staff' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page.getByRole('row', { name: /Amira Agent/ }).waitFor();
    const mark = await outboxMark();
    await page.getByLabel('Name', { exact: true }).fill(invitee.name);
    await page.getByLabel('Username').fill(invitee.username);
    await page.getByLabel('Work e-mail address').fill(invitee.email);
    await page.getByLabel('Role', { exact: true }).selectOption('agent');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${invitee.email}`).waitFor();
    await page
      .getByRole('row', { name: /Jordan Ellis/ })
      .getByText('Invited')
      .waitFor();
    await checkPage(adminDesk, 'staff-staff');

    const mail = await waitForMail(invitee.email, mark);
    const staffUrl = inject('staffUrl');
    const link = mail.text_body
      .split(/\s+/)
      .find((word) => word.startsWith(`${staffUrl}/invitation?token=`));
    expect(link).toBeDefined();

    const newcomer = await openStaffPage(browser);
    await newcomer.page.goto(link ?? '');
    await newcomer.page.getByText(`Welcome, ${invitee.name}.`).waitFor();
    await checkPage(newcomer, 'staff-invitation');
    await newcomer.page.getByLabel('Choose a password').fill(invitee.password);
    await newcomer.page.getByRole('button', { name: 'Set password and continue' }).click();
    await newcomer.page
      .getByRole('heading', { level: 1, name: 'Set up your authenticator app' })
      .waitFor();
    await newcomer.page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await checkPage(newcomer, 'staff-enrol');
    await newcomer.page.getByText('Cannot scan? Enter the key by hand').click();
    const secret = (await newcomer.page.locator('code.secret').textContent()) ?? '';
    await newcomer.page.getByLabel('Authenticator code').fill(await totpCode(secret));
    await newcomer.page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await newcomer.page
      .getByRole('heading', { level: 1, name: `Hello, ${invitee.name}` })
      .waitFor();
    await newcomer.context.close();

    await page.reload();
    await page
      .getByRole('row', { name: /Jordan Ellis/ })
      .getByText('Active')
      .waitFor();
  });

  it('shows an agent neither the Staff page nor its data, and the API refuses them', async () => {
    const agentDesk = await openStaffPage(browser);
    await signInStaff(agentDesk, agent);
    const nav = agentDesk.page.getByRole('navigation', { name: 'Console' });
    const labels = await nav.getByRole('link').allTextContents();
    expect(labels).toEqual(sectionsFor('agent').map((section) => section.label));
    for (const hidden of ['Audit log', 'Staff', 'Mailbox']) expect(labels).not.toContain(hidden);
    await agentDesk.page.goto('/staff');
    await agentDesk.page
      .getByRole('heading', { level: 1, name: 'Not available to your role' })
      .waitFor();
    await checkPage(agentDesk, 'staff-agent-refused');
    const response = await agentDesk.context.request.get('/api/trpc/staffAdmin.list');
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe('FORBIDDEN');
    await agentDesk.context.close();
  });

  it('shows those events in the audit log, filtered by type, and exports them', async () => {
    const { page } = adminDesk;
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const table = page.getByRole('region', { name: 'Audit events' });
    for (const event of ['staff.invited', 'staff.invitation_accepted', 'staff.totp_enrolled']) {
      await table.getByText(event, { exact: true }).first().waitFor();
    }
    await page.getByLabel('Event type').selectOption('staff.invited');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('(1 shown, newest first)').waitFor();
    await expect(table.getByRole('row', { name: /Ada Admin/ }).count()).resolves.toBe(1);
    await checkPage(adminDesk, 'staff-audit');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^audit-log-.*\.csv$/);
    await page.getByText('Exported 1 event.').waitFor();
  });

  it('reads the invitation in the mailbox', async () => {
    const { page } = adminDesk;
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Mailbox' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    await checkPage(adminDesk, 'staff-mailbox');
    await page
      .getByRole('link', { name: /You are invited to the/ })
      .first()
      .click();
    await page.getByText(`Hello ${invitee.name},`).waitFor();
    await checkPage(adminDesk, 'staff-mailbox-message');
  });

  it('works on a phone', async () => {
    const phone = await openStaffPage(browser, 'phone');
    await phone.page.goto('/sign-in');
    await checkPage(phone, 'staff-sign-in');
    await signInStaff(phone, admin, 1);
    await checkPage(phone, 'staff-overview');
    await phone.page.goto('/staff');
    await phone.page.getByRole('row', { name: /Amira Agent/ }).waitFor();
    await checkPage(phone, 'staff-staff');
    await phone.page.goto('/audit');
    await phone.page.getByRole('region', { name: 'Audit events' }).waitFor();
    await checkPage(phone, 'staff-audit');
    await phone.context.close();
  });
});
