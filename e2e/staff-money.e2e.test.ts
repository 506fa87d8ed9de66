import { buildSchedule, formatMoney, scheduleTermsOf, type HpAgreement } from '@marque/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type CustomerPage } from './support/browser.js';
import { demoCustomer } from './support/demo-data.js';
import { outboxMark, waitForMail } from './support/outbox.js';
import { checkPage } from './support/page-check.js';
import { demoStaff, openStaffPage, signInStaff } from './support/staff-console.js';

const supervisor = demoStaff('supervisor');
const payer = demoCustomer('hp.demo');
const payerAgreement = payer.agreements[0]?.agreementNumber ?? '';
const other = demoCustomer('pcp.demo');
const otherAgreement = other.agreements[0]?.agreementNumber ?? '';
// Unique per run, so the test never meets a transaction an earlier run recorded.
const run = Date.now().toString(36).toUpperCase();

let browser: Browser;
let desk: CustomerPage;

beforeAll(async () => {
  browser = await launchBrowser();
  desk = await openStaffPage(browser);
  await signInStaff(desk, supervisor);
});

afterAll(async () => {
  await browser.close();
});

/** Opens a console section from the navigation. */
async function openSection(name: string, heading = name): Promise<void> {
  const { page } = desk;
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('staff money work in the console', () => {
  it('records a bank transfer from the statement against an agreement', async () => {
    const { page } = desk;
    await openSection('Payments');
    await checkPage(desk, 'staff-payments');
    const form = page.getByRole('region', { name: 'Record a bank transfer' });
    await form.getByRole('button', { name: 'Record the transfer' }).click();
    await form.getByText('Enter the agreement number, e.g. MQ20240101.').first().waitFor();

    await form.getByLabel('Agreement number').fill(payerAgreement.toLowerCase());
    await form.getByLabel('Amount received').fill('123.45');
    await form.getByLabel('Bank transaction reference').fill(`BGC-${run}`);
    await form.getByRole('button', { name: 'Record the transfer' }).click();
    await form
      .getByText(
        `Recorded £123.45 for ${payer.customer.given_name} ${payer.customer.family_name} (${payerAgreement})`,
      )
      .waitFor();

    const search = page.getByRole('region', { name: 'Find payments' });
    await search.getByLabel('Agreement number or reference').fill(`BGC-${run}`);
    await search.getByRole('button', { name: 'Search' }).click();
    const found = search.getByRole('row', { name: new RegExp(payerAgreement) });
    await found.getByText('Paid').waitFor();
    expect(await found.getByText('£123.45').count()).toBe(1);
  });

  it('imports a statement: matched lines paid, the rest queued, a second import adds nothing', async () => {
    const { page } = desk;
    const csv = [
      'Date,Amount,Reference,Transaction ID',
      `2026-11-20,250.00,${payerAgreement} O BENNETT,STM-${run}-1`,
      `2026-11-20,"1,000.00",${otherAgreement.slice(0, 2)} ${otherAgreement.slice(2)},STM-${run}-2`,
      `2026-11-21,45.00,HAPPY BIRTHDAY ${run},STM-${run}-3`,
      `2026-11-21,-12.00,BANK CHARGES,STM-${run}-4`,
    ].join('\r\n');
    const importer = page.getByRole('region', { name: 'Import a bank statement' });
    const file = { name: `statement-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) };
    await importer.getByLabel('Bank statement (CSV)').setInputFiles(file);
    await importer.getByRole('button', { name: 'Import the statement' }).click();
    const totals = importer
      .getByRole('status')
      .filter({ hasText: `Imported statement-${run}.csv` });
    await totals.getByText('2 paid to the agreement their reference names').waitFor();
    await totals.getByText('1 waiting in the queue for you').waitFor();
    await totals.getByText('1 debit skipped').waitFor();

    const queue = page.getByRole('region', { name: 'Unmatched statement lines' });
    const line = queue.getByRole('row', { name: new RegExp(`HAPPY BIRTHDAY ${run}`) });
    await line.waitFor();
    await checkPage(desk, 'staff-payments-import');

    await importer.getByLabel('Bank statement (CSV)').setInputFiles(file);
    await importer.getByRole('button', { name: 'Import the statement' }).click();
    await importer.getByText('3 already imported before (nothing added)').waitFor();
    await importer.getByText('0 paid to the agreement their reference names').waitFor();

    await line.getByRole('button', { name: 'Dismiss' }).click();
    await line.getByLabel('Why it is not a customer payment').fill('A gift to a member of staff');
    await line.getByRole('button', { name: 'Dismiss it' }).click();
    await queue.getByText('Line dismissed.').waitFor();
    await line.waitFor({ state: 'detached' });
  });

  it('holds a refund above the limit for a second supervisor, who approves it', async () => {
    const { page } = desk;
    const search = page.getByRole('region', { name: 'Find payments' });
    await search.getByLabel('Agreement number or reference').fill(`STM-${run}-2`);
    await search.getByRole('button', { name: 'Search' }).click();
    const row = search.getByRole('row', { name: new RegExp(otherAgreement) });
    await row.getByRole('button', { name: 'Refund' }).click();
    await row.getByLabel('Reason for the refund').fill('Paid twice: also paid by Direct Debit');
    await row.getByRole('button', { name: 'Ask to refund' }).click();
    await search.getByText(/a second supervisor must approve it/).waitFor();

    await openSection('Refunds');
    const mine = page.getByRole('row', { name: /Paid twice: also paid by Direct Debit/ });
    await mine.getByText('You asked for it: another supervisor decides.').waitFor();
    expect(await mine.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await checkPage(desk, 'staff-refunds');

    const second = await openStaffPage(browser);
    await signInStaff(second, demoStaff('admin'));
    await second.page.goto('/refunds');
    const theirs = second.page.getByRole('row', { name: /Paid twice: also paid by Direct Debit/ });
    await theirs.getByLabel('Note (optional)').fill('Checked the Direct Debit on the ledger');
    await theirs.getByRole('button', { name: 'Approve' }).click();
    await second.page
      .getByText(
        `Approved and refunded to ${other.customer.given_name} ${other.customer.family_name}.`,
      )
      .waitFor();
    await second.context.close();
  });

  it('onboards an agreement with a live schedule and APR preview, then creates it', async () => {
    const { page } = desk;
    await openSection('Onboarding', 'Onboard an agreement');
    const preview = page.getByRole('complementary', { name: 'Live preview' });
    await preview.getByText(/The schedule appears here/).waitFor();

    const terms = page.getByRole('region', { name: 'Product and terms' });
    await terms.getByLabel('Hire purchase').check();
    await terms.getByLabel('Start date').fill('2026-11-20');
    await terms.getByLabel('First payment date').fill('2026-12-20');
    await terms.getByLabel('Term (monthly payments)').fill('48');
    await terms.getByLabel('Cash price').fill('24,995.00');
    await terms.getByLabel('Deposit').fill('2,500');
    await terms.getByLabel('Option-to-purchase fee').fill('10.00');
    await terms.getByLabel('Interest rate (% a year)').fill('7.9');

    const agreement: HpAgreement = {
      type: 'HP',
      agreementNumber: 'NEW',
      currency: 'GBP',
      startDate: '2026-11-20',
      firstPaymentDate: '2026-12-20',
      termMonths: 48,
      cashPrice: 2_499_500,
      deposit: 250_000,
      amountOfCredit: 2_249_500,
      annualRatePercent: 7.9,
      optionToPurchaseFee: 1_000,
    };
    const schedule = buildSchedule(scheduleTermsOf(agreement));
    const monthly = formatMoney(schedule.monthlyPayment, 'GBP');
    await preview.locator('dl').getByText(monthly, { exact: true }).waitFor();
    await preview
      .locator('dl')
      .getByText(formatMoney(schedule.totalAmountPayable, 'GBP'), { exact: true })
      .waitFor();
    await preview.getByText('Payment schedule: 48 payments (first and last shown)').waitFor();

    // Quoting the APR instead finds the rate that discloses it.
    await terms.getByLabel('APR', { exact: true }).check();
    await terms.getByLabel('APR (%)').fill('6.9');
    await preview.getByText('6.9 %', { exact: true }).waitFor();
    await terms.getByLabel('Interest rate', { exact: true }).check();
    await terms.getByLabel('Interest rate (% a year)').fill('7.9');
    await preview.locator('dl').getByText(monthly, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Create the agreement' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByRole('link', { name: 'Enter the first name.' }).waitFor();
    await checkPage(desk, 'staff-onboarding-errors');

    const customer = page.getByRole('region', { name: 'Customer' });
    const email = `dana.${run.toLowerCase()}@example.com`;
    await customer.getByLabel('First name').fill('Dana');
    await customer.getByLabel('Last name').fill('Whitfield');
    await customer.getByLabel('Date of birth').fill('1984-07-09');
    await customer.getByLabel('E-mail address').fill(email);
    await customer.getByLabel('Phone number').fill('07700 900321');
    await customer.getByLabel('Address line 1', { exact: true }).fill('4 Minster Yard');
    await customer.getByLabel('Town or city').fill('York');
    await customer.getByLabel('Postcode').fill('YO1 7JN');
    const vehicle = page.getByRole('region', { name: 'Vehicle and dealer' });
    await vehicle.getByLabel('Vehicle').fill('MINI Cooper S 2.0, 3-door');
    await vehicle.getByLabel('Registration').fill(`YK${run.slice(-2)} MQN`);
    await vehicle.getByLabel('Dealer').fill('Minster MINI York');
    const mark = await outboxMark();
    await page.getByRole('button', { name: 'Create the agreement' }).click();
    const created = page.getByRole('status').filter({ hasText: /Agreement MQ\d{8} created/ });
    await created.waitFor();
    expect(await created.textContent()).toContain(`Monthly payment ${monthly}`);
    const number = /MQ\d{8}/.exec((await created.textContent()) ?? '')?.[0] ?? '';
    const invitation = await waitForMail(email, mark);
    expect(invitation.subject).toContain(number);
    expect(invitation.text_body).toContain('/register');
    await checkPage(desk, 'staff-onboarding-created');
  });

  it('starts the reminders run and shows it finished', async () => {
    const { page } = desk;
    await openSection('Runs');
    const reminders = page.locator('form').filter({ hasText: 'Payment reminders' });
    await reminders.getByRole('button', { name: 'Start' }).click();
    const latest = page.getByRole('region', { name: 'Runs' }).getByRole('row').nth(1);
    await latest.getByText('Payment reminders').waitFor();
    await latest.getByText('Finished').waitFor({ timeout: 20_000 });
    await checkPage(desk, 'staff-runs');
  });

  it('fits the payments and onboarding pages on a phone', async () => {
    const phone = await openStaffPage(browser, 'phone');
    await signInStaff(phone, supervisor, 1);
    for (const [path, name] of [
      ['/payments', 'staff-payments'],
      ['/onboarding', 'staff-onboarding'],
      ['/runs', 'staff-runs'],
    ] as const) {
      await phone.page.goto(path);
      await checkPage(phone, name);
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    }
    await phone.context.close();
  });
});
