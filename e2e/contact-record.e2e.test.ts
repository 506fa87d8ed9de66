import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../packages/api/src/db/connect.js';
import { storeAttachment } from '../packages/api/src/services/messages/attachment-store.js';
import { startCustomerThread } from '../packages/api/src/services/messages/customer-threads.js';
import { givenAccount, type GivenAccount } from '../packages/api/src/test/customers.js';
import { givenLedgerEntry, givenPayment } from '../packages/api/src/test/transactions.js';
import { launchBrowser, openPage, VIEWPORTS, type CustomerPage } from './support/browser.js';
import { outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { demoStaff, openStaffPage, signInStaff } from './support/staff-console.js';
import { signIn } from './support/sign-in.js';
import { DEMO_PASSWORD } from './support/demo-data.js';
import { uniqueAgreementNumber } from './support/agreement-number.js';

/** A small but real PDF, as a customer would send a bank statement. */
const STATEMENT = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const SUBJECT = 'Two collections this month';
const OUTCOME = 'We collected twice by mistake and have refunded £250.00 to your bank account.';

const agent = demoStaff('agent');

let browser: Browser;
let customer: GivenAccount;
let customerDesk: CustomerPage;
let staffDesk: CustomerPage;
let reference = '';

/**
 * A customer of their own for this file (so no other test's sign-ins or lockouts touch them), with
 * a Direct Debit payment on their agreement and a secure message with a file, waiting for staff.
 */
async function givenCustomerWithHistory(): Promise<GivenAccount> {
  const db = openDatabase(inject('databaseUrl'));
  try {
    const account = await givenAccount(db, {
      password: DEMO_PASSWORD,
      agreementNumber: uniqueAgreementNumber(),
    });
    await givenPayment(db, account, { method: 'direct_debit', amount: 25_000 });
    await givenLedgerEntry(db, account.agreementId, {
      kind: 'payment_received',
      amount: 25_000,
      date: '2026-11-02',
      description: 'Direct Debit payment, thank you',
    });
    const upload = await storeAttachment(
      db,
      new Date(),
      { type: 'customer', id: account.customerId },
      { fileName: 'bank-statement.pdf', declaredType: 'application/pdf', bytes: STATEMENT },
    );
    if (!upload.ok) throw new Error(`attachment refused: ${upload.reason}`);
    await startCustomerThread(
      db,
      account.customerId,
      {
        subject: SUBJECT,
        category: 'payments',
        body: 'My bank statement shows two Direct Debits this month. It is attached.',
        attachmentIds: [upload.attachment.id],
      },
      new Date(),
    );
    return account;
  } finally {
    await db.destroy();
  }
}

/** The same page at phone width, for a second screenshot and axe run. */
async function atPhoneWidth(desk: CustomerPage, name: string): Promise<void> {
  await desk.page.setViewportSize(VIEWPORTS.phone);
  await checkPage({ ...desk, viewport: 'phone' }, name);
  await desk.page.setViewportSize(VIEWPORTS.desktop);
}

beforeAll(async () => {
  browser = await launchBrowser();
  customer = await givenCustomerWithHistory();
  customerDesk = await openPage(browser);
  staffDesk = await openStaffPage(browser);
  await signIn(customerDesk.page, customer.username);
  await signInStaff(staffDesk, agent);
});

afterAll(async () => {
  await browser.close();
});

describe('reporting a payment and working the case', () => {
  it('offers Report a problem on every line of the transactions', async () => {
    const { page } = customerDesk;
    await page.goto(`/agreements/${customer.agreementId}/transactions`);
    const table = page.getByRole('table', { name: 'Transactions, newest first' });
    await table
      .getByRole('link', {
        name: 'Report a problem with Direct Debit payment, thank you, £250.00 on 2 Nov 2026',
      })
      .waitFor();
    await checkPage(customerDesk, 'transactions-with-report-links');
    await atPhoneWidth(customerDesk, 'transactions-with-report-links');
  });

  it('lets the customer report a Direct Debit taken in error from their payment history', async () => {
    const { page } = customerDesk;
    await page.goto(`/agreements/${customer.agreementId}/payments`);
    const history = page.getByRole('table', { name: 'Your payments, newest first' });
    await history.waitFor();
    await checkPage(customerDesk, 'payments-with-report-link');
    await atPhoneWidth(customerDesk, 'payments-with-report-link');
    const mark = await outboxMark();
    await history
      .getByRole('link', { name: /^Report a problem with the payment of £250\.00/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Report a problem' }).waitFor();
    await page.getByText('Direct Debit (paid)').waitFor();

    await page.getByRole('radio', { name: /A Direct Debit was taken in error/ }).check();
    const bankRole = page.getByRole('region', { name: 'Your bank will refund you at once' });
    await bankRole.getByText('The Direct Debit Guarantee', { exact: true }).waitFor();
    await page
      .getByLabel(/Anything else we should know/)
      .fill('Taken twice: on the 2nd and again on the 3rd.');
    await checkPage(customerDesk, 'report-problem');
    await atPhoneWidth(customerDesk, 'report-problem');

    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Thank you: we have your report').waitFor();
    reference = (await page.locator('strong', { hasText: /^R-/ }).textContent()) ?? '';
    expect(reference).toMatch(/^R-[A-Z0-9]{8}$/);
    await checkPage(customerDesk, 'report-problem-sent');

    const mail = await waitForMail(customer.email, mark);
    expect(mail.subject).toContain(reference);
    expect(mail.text_body).toContain('full and immediate refund');
    expect(mail.text_body).not.toContain('250.00');
    expect(mail.text_body).not.toContain('Taken twice');
  });

  it('lets staff find the case, take it, investigate and resolve it with an outcome', async () => {
    const { page } = staffDesk;
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Reported problems' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reported problems' }).waitFor();
    await page.getByRole('link', { name: reference }).waitFor();
    await checkPage(staffDesk, 'staff-cases');
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Reported problem ${reference}` }).waitFor();
    await page.getByText('Taken twice: on the 2nd and again on the 3rd.').waitFor();

    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText(agent.displayName, { exact: true }).first().waitFor();

    await page.getByLabel('New status').selectOption('investigating');
    await page
      .getByLabel('Note for the case history')
      .fill('Asked the bank for the collection file.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Case updated.').waitFor();
    await page
      .getByRole('heading', { level: 3, name: `Investigating · ${agent.displayName}` })
      .waitFor();

    const mark = await outboxMark();
    await page.getByLabel('New status').selectOption('resolved');
    await page.getByLabel('Note for the case history').fill('Duplicate collection; refund raised.');
    await page.getByLabel('Outcome for the customer').fill(OUTCOME);
    await checkPage(staffDesk, 'staff-case');
    await page.getByRole('button', { name: 'Decide the case' }).click();
    await page.getByText(OUTCOME).waitFor();
    await atPhoneWidth(staffDesk, 'staff-case-resolved');

    const mail = await waitForMail(customer.email, mark);
    expect(mail.subject).toBe(`An update on your report (${reference})`);
    expect(mail.text_body).not.toContain('refunded');
  });

  it('shows the customer the outcome beside their messages', async () => {
    const { page } = customerDesk;
    await page.goto('/messages');
    const reported = page.getByRole('list', { name: 'Problems you reported' });
    await reported.getByText('Resolved', { exact: true }).waitFor();
    await reported.getByText(OUTCOME).waitFor();
    expect(await reported.textContent()).not.toContain('refund raised');
    await checkPage(customerDesk, 'messages-with-reported-problems');
  });
});

describe('answering a secure message from the console', () => {
  it('opens the customer’s message and file, and replies with an attachment', async () => {
    const { page } = staffDesk;
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await page.getByRole('link', { name: SUBJECT }).click();
    await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'bank-statement.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('bank-statement.pdf');

    await page.getByLabel('Your reply').fill('Thank you. We have refunded the second collection.');
    await page.getByLabel('Attach files (optional)').setInputFiles({
      name: 'refund-letter.pdf',
      mimeType: 'application/pdf',
      buffer: STATEMENT,
    });
    await page
      .getByRole('list', { name: 'Files to send' })
      .getByText('refund-letter.pdf')
      .waitFor();
    await checkPage(staffDesk, 'staff-thread');
    await atPhoneWidth(staffDesk, 'staff-thread');
    const mark = await outboxMark();
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Reply sent.', { exact: false }).waitFor();
    await page.getByText('Thank you. We have refunded the second collection.').waitFor();

    const mail = await waitForMail(customer.email, mark);
    expect(mail.subject).toMatch(/new secure message/);
    expect(mail.text_body).not.toContain('refunded');

    const { page: customerPage } = customerDesk;
    await customerPage.goto('/messages');
    await customerPage.getByRole('link', { name: /Two collections this month.*1 unread/ }).click();
    await customerPage.getByText('Thank you. We have refunded the second collection.').waitFor();
    await customerPage.getByRole('link', { name: 'refund-letter.pdf' }).waitFor();
  });

  it('shows every contact with the customer in one timeline, and logs a call on it', async () => {
    const { page } = staffDesk;
    await page.goto(`/customers/${customer.customerId}`);
    const record = page.getByRole('region', { name: 'Contact record' });
    const timeline = record.getByRole('list', { name: 'Contact, newest first' });
    await timeline.getByText(`Case ${reference} marked resolved`).waitFor();

    await record.getByText('Log a call or letter').click();
    await record.getByLabel('Summary').fill('Customer called to thank us for the refund.');
    await record.getByLabel('Follow up on (optional)').fill('2030-01-15');
    await record.getByRole('button', { name: 'Add to the record' }).click();
    await record.getByText('Added to the contact record.').waitFor();
    await timeline.getByText('Customer called to thank us for the refund.').waitFor();

    const titles = await timeline.getByRole('heading', { level: 3 }).allTextContents();
    // The call is logged to the minute, so it may sort either side of a reply sent that minute.
    const call = 'Phone call from the customer';
    expect(titles.indexOf(call)).toBeLessThanOrEqual(1);
    expect(titles.filter((title) => title !== call)).toEqual([
      `Secure message to the customer: ${SUBJECT}`,
      `Case ${reference} marked resolved`,
      `Case ${reference} marked investigating`,
      `Reported a problem (${reference}): Direct Debit taken in error`,
      `Secure message from the customer: ${SUBJECT}`,
    ]);
    await record.scrollIntoViewIfNeeded();
    await checkPage(staffDesk, 'staff-contact-record');
  });
});
