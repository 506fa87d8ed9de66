import { readFile } from 'node:fs/promises';
import { formatMoney } from '@marque/domain';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiQuery } from './support/api.js';
import { launchBrowser, openPage } from './support/browser.js';
import { settled } from './support/page-check.js';
import { signIn } from './support/sign-in.js';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as the pages write it in the UK: 23 November 2026. */
function ukDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The value a definition list gives a term, as the customer reads it. */
async function figure(scope: Locator, term: string): Promise<string> {
  const text = await scope
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the dashboard', () => {
  it.each(['multi.demo', 'arrears.demo'])(
    'shows %s the figures the API gives for every agreement',
    async (username) => {
      const customer = await openPage(browser);
      const { page, context } = customer;
      await signIn(page, username);
      await settled(page);
      const agreements = await apiQuery(context, 'agreements', 'list');
      expect(agreements.length).toBeGreaterThan(0);
      for (const agreement of agreements) {
        const card = page
          .locator('section.agreement-card')
          .filter({ hasText: `Agreement ${agreement.agreementNumber}` });
        const { position, currency } = agreement;
        expect(await figure(card, 'Balance outstanding')).toBe(
          formatMoney(position.balanceOutstanding, currency),
        );
        const next = position.nextPayment;
        expect(await figure(card, 'Next payment')).toBe(
          next === null
            ? 'No more payments due'
            : `${formatMoney(next.amount, currency)} on ${ukDate(next.dueDate)}`,
        );
        const warning = card.getByRole('status').filter({ hasText: 'You have missed payments' });
        if (position.arrears.amount > 0) {
          expect(await warning.textContent()).toContain(
            formatMoney(position.arrears.amount, currency),
          );
        } else {
          expect(await warning.count()).toBe(0);
        }
      }
      await customer.context.close();
    },
  );
});

describe('the agreement page', () => {
  it('shows the settlement quote the API gives, with its date and rebate', async () => {
    const customer = await openPage(browser);
    const { page, context } = customer;
    await signIn(page, 'hp.demo');
    const [agreement] = await apiQuery(context, 'agreements', 'list');
    if (agreement === undefined) throw new Error('hp.demo has no agreement');
    await page.goto(`/agreements/${agreement.id}/settlement`);
    await settled(page);
    const quote = await apiQuery(context, 'agreements', 'settlementQuote', {
      agreementId: agreement.id,
    });
    if (!quote.available) throw new Error('hp.demo has no settlement quote');
    expect(await figure(page.locator('main'), 'Settlement figure')).toBe(
      formatMoney(quote.amount, agreement.currency),
    );
    expect(await figure(page.locator('main'), 'Valid until')).toBe(ukDate(quote.settlementDate));
    expect(await figure(page.locator('main'), 'Interest rebate')).toBe(
      formatMoney(quote.rebate, agreement.currency),
    );
    await customer.context.close();
  });

  it('downloads every transaction as a CSV file built in the browser', async () => {
    const customer = await openPage(browser);
    const { page, context } = customer;
    await signIn(page, 'hp.demo');
    const [agreement] = await apiQuery(context, 'agreements', 'list');
    if (agreement === undefined) throw new Error('hp.demo has no agreement');
    await page.goto(`/agreements/${agreement.id}/transactions`);
    await settled(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${agreement.agreementNumber}-transactions.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('Date,Description,Reference,Debit,Credit,Currency');

    let count = 0;
    let cursor: string | null = null;
    do {
      const page: { items: unknown[]; nextCursor: string | null } = await apiQuery(
        context,
        'agreements',
        'transactions',
        { agreementId: agreement.id, cursor, limit: 100 },
      );
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(rows).toHaveLength(count + 1);
    await customer.context.close();
  });
});
