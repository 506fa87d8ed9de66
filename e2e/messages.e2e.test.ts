import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../packages/api/src/config.js';
import { openDatabase } from '../packages/api/src/db/connect.js';
import { OutboxMailer } from '../packages/api/src/services/mail/outbox-mailer.js';
import { replyAsStaff } from '../packages/api/src/services/messages/staff-threads.js';
import { OutboxSmsSender } from '../packages/api/src/services/notifications/sms-sender.js';
import { launchBrowser, openPage, type ViewportName } from './support/browser.js';
import { demoCustomer } from './support/demo-data.js';
import { outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { signIn } from './support/sign-in.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A small but real PDF: what a customer would send as proof of income. */
const PAYSLIP = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * A member of staff answers through the service function the staff console uses, against the
 * running server's database (its e-mail lands in the same outbox).
 */
async function staffReply(threadId: string, body: string): Promise<void> {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    MARQUE_SECRET_KEY: '00'.repeat(32),
    PUBLIC_WEB_URL: inject('baseUrl'),
    DATABASE_URL: inject('databaseUrl'),
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const db = openDatabase(inject('databaseUrl'));
  const clock = () => new Date();
  try {
    await replyAsStaff(
      {
        db,
        clock,
        config: loaded.config,
        mailer: new OutboxMailer(db, clock),
        sms: new OutboxSmsSender(db, clock),
      },
      { threadId, staffId: 'staff-e2e', body, attachmentIds: [] },
    );
  } finally {
    await db.destroy();
  }
}

describe('secure messages', () => {
  it.each<[ViewportName, string]>([
    ['desktop', 'multi.demo'],
    ['phone', 'lease.demo'],
  ])(
    'sends a message with an attachment and reads the staff reply (%s)',
    async (viewport, username) => {
      const customer = await openPage(browser, viewport);
      const { page } = customer;
      await signIn(page, username);
      if (viewport === 'phone') await page.goto('/messages');
      else await page.getByRole('link', { name: 'Messages', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
      await checkPage(customer, 'messages-empty');

      await page.getByRole('link', { name: 'New message' }).click();
      await page.getByLabel('Subject').fill('Proof of income');
      await page.getByLabel('What is it about?').selectOption('payments');
      await page
        .getByLabel('Your message')
        .fill('Please find my latest payslip attached, as you asked.');
      await page
        .getByLabel('Attach files (optional)')
        .setInputFiles({ name: 'payslip.pdf', mimeType: 'application/pdf', buffer: PAYSLIP });
      await page.getByRole('button', { name: 'Remove payslip.pdf' }).waitFor();
      await checkPage(customer, 'message-new');

      await page.getByRole('button', { name: 'Send message' }).click();
      await page.getByRole('heading', { level: 1, name: 'Proof of income' }).waitFor();
      const threadId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
      const download = page.getByRole('link', { name: 'payslip.pdf' });
      const response = await page.request.get((await download.getAttribute('href')) ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
      expect(Buffer.from(await response.body())).toEqual(PAYSLIP);
      await checkPage(customer, 'message-sent');

      const email = demoCustomer(username).customer.email;
      const mark = await outboxMark();
      await staffReply(threadId, 'Thank you, we have your payslip and have updated your file.');
      const notice = await waitForMail(email, mark);
      expect(notice.text_body).not.toContain('payslip');
      expect(notice.text_body).not.toContain('Proof of income');

      await page.goto('/');
      if (viewport === 'desktop') {
        await page.getByRole('link', { name: 'Messages, 1 unread' }).click();
      } else {
        await page.getByRole('link', { name: 'Messages, 1 unread' }).waitFor();
        await page.goto('/messages');
      }
      await page.getByRole('link', { name: /^Proof of income\W+1 unread/ }).waitFor();
      await checkPage(customer, 'messages-unread');
      await page.getByRole('link', { name: /^Proof of income/ }).click();
      await page.getByText('Thank you, we have your payslip and have updated your file.').waitFor();
      await page.getByRole('link', { name: 'Messages', exact: true }).waitFor();
      await checkPage(customer, 'message-thread');
      await customer.context.close();
    },
  );

  it('refuses a file that is not what its name says', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    await signIn(page, 'pcp.demo');
    await page.goto('/messages/new');
    await page.getByLabel('Attach files (optional)').setInputFiles({
      name: 'statement.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]),
    });
    await page.getByText('statement.pdf: We accept PDF, PNG and JPEG files only.').waitFor();
    expect(await page.getByRole('list', { name: 'Files to send' }).count()).toBe(0);
    await customer.context.close();
  });
});

describe('contact us', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'works signed out, from the footer, and is acknowledged by e-mail (%s)',
    async (viewport) => {
      const customer = await openPage(browser, viewport);
      const { page } = customer;
      await page.goto('/sign-in');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Send us a message' }).click();
      await page.getByRole('heading', { level: 1, name: 'Contact us' }).waitFor();
      const email = `contact-${viewport}@example.com`;
      await page.getByLabel('Your name').fill('Sam Carter');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Phone number').fill('07700 900123');
      await page.getByLabel('Agreement number (optional)').fill('MQ20240101');
      await page.getByLabel('Your message').fill('I cannot sign in. Please call me back.');
      await checkPage(customer, 'contact');
      const mark = await outboxMark();
      await page.getByRole('button', { name: 'Send message' }).click();
      await page.getByRole('heading', { level: 1, name: 'Thank you for your message' }).waitFor();
      const reference = (await page.getByText(/^Your reference is C-/).textContent()) ?? '';
      await checkPage(customer, 'contact-sent');
      const acknowledgement = await waitForMail(email, mark);
      expect(acknowledgement.subject).toContain(reference.replace('Your reference is ', ''));
      expect(acknowledgement.text_body).not.toContain('call me back');
      await customer.context.close();
    },
  );
});

describe('notification choices', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'are saved from the profile page, security alerts always on (%s)',
    async (viewport) => {
      const customer = await openPage(browser, viewport);
      const { page } = customer;
      await signIn(page, 'arrears.demo');
      await page.goto('/profile');
      const messages = page.getByRole('group', { name: 'Secure messages' });
      await messages.getByRole('checkbox', { name: 'Text message' }).check();
      await page.getByRole('button', { name: 'Save notification choices' }).click();
      await page.getByText('Your notification choices have been saved.').waitFor();
      await checkPage(customer, 'notification-choices');
      await page.reload();
      expect(
        await page
          .getByRole('group', { name: 'Secure messages' })
          .getByRole('checkbox', { name: 'Text message' })
          .isChecked(),
      ).toBe(true);
      await messages.getByRole('checkbox', { name: 'Text message' }).uncheck();
      await page.getByRole('button', { name: 'Save notification choices' }).click();
      await page.getByText('Your notification choices have been saved.').waitFor();
      await customer.context.close();
    },
  );
});
