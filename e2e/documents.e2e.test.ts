import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiQuery } from './support/api.js';
import { launchBrowser, openPage, type ViewportName } from './support/browser.js';
import { checkPage } from './support/page-check.js';
import { signIn } from './support/sign-in.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the Documents page', () => {
  it.each<ViewportName>(['desktop', 'phone'])(
    'lists the statement and agreement documents from the main navigation (%s)',
    async (viewport) => {
      const customer = await openPage(browser, viewport);
      const { page } = customer;
      await signIn(page, 'pcp.demo');
      if (viewport === 'phone') await page.goto('/documents');
      else
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Documents' })
          .click();
      await page.getByRole('heading', { level: 1, name: 'Statements and documents' }).waitFor();
      await checkPage(customer, 'documents');
      const { documents } = await apiQuery(customer.context, 'documents', 'list');
      const titles = await page.locator('.documents__title').allTextContents();
      expect(titles).toEqual(documents.map((document) => document.title));
      expect(titles).toContain('Personal contract purchase (hire purchase) agreement');
      expect(titles.some((title) => title.startsWith('Statement for '))).toBe(true);
      await customer.context.close();
    },
  );

  it('downloads a statement as a PDF file', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    await signIn(page, 'pcp.demo');
    await page.goto('/documents');
    const { documents } = await apiQuery(customer.context, 'documents', 'list');
    const statement = documents.find((document) => document.kind === 'statement');
    if (statement === undefined) throw new Error('pcp.demo has no statement');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Download ${statement.title} (PDF)` }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/^statement-for-[a-z]+-\d{4}\.pdf$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBe(statement.size);
    expect(customer.problems).toEqual([]);
    await customer.context.close();
  });

  it('switches to paper by keyboard and back, and the choice is kept', async () => {
    const customer = await openPage(browser);
    const { page } = customer;
    // Not lease.demo: the sign-in tests lock that login on purpose.
    await signIn(page, 'multi.demo');
    await page.goto('/documents');
    const toggle = page.getByRole('switch', { name: 'Paperless statements and letters' });
    expect(await toggle.isChecked()).toBe(true);

    await toggle.focus();
    await page.keyboard.press('Space');
    await page.getByText('Saved: we will post your documents to you.').waitFor();
    await checkPage(customer, 'documents-paper');
    expect((await apiQuery(customer.context, 'documents', 'list')).paperless).toBe(false);
    await page.reload();
    expect(
      await page.getByRole('switch', { name: 'Paperless statements and letters' }).isChecked(),
    ).toBe(false);

    await page.getByRole('switch', { name: 'Paperless statements and letters' }).click();
    await page.getByText('Saved: you are paperless.').waitFor();
    expect((await apiQuery(customer.context, 'documents', 'list')).paperless).toBe(true);
    await customer.context.close();
  });
});
