import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe.js';
import type { CustomerPage } from './browser.js';
import { saveScreenshot } from './screenshots.js';

/** Waits until the page has its heading, its data and its lazily loaded parts. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  // Chromium never reports network idle for a page framing another origin (the payment provider's
  // card fields), so such a page waits for every frame to load; its own data is covered below.
  if (page.frames().length > 1) {
    await Promise.all(page.frames().map((frame) => frame.waitForLoadState('load')));
  } else {
    await page.waitForLoadState('networkidle');
  }
  await page.locator('.mq-spinner').first().waitFor({ state: 'detached', timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Checks a page as a person would meet it: screenshot saved (test-results/screenshots), no serious
 * or critical axe-core violation, nothing thrown or refused by the Content Security Policy.
 */
export async function checkPage(customer: CustomerPage, name: string): Promise<void> {
  try {
    await settled(customer.page);
  } catch (error) {
    // Say what the browser saw: a script that failed to load or run leaves the page blank.
    const seen = customer.problems.join('\n') || 'no errors reported by the page';
    throw new Error(
      `${name} (${customer.viewport}) never settled at ${customer.page.url()}: ${seen}`,
      {
        cause: error,
      },
    );
  }
  await saveScreenshot(customer, name);
  expect(await seriousViolations(customer.page), `axe on ${name} (${customer.viewport})`).toEqual(
    [],
  );
  expect(customer.problems, `errors on ${name} (${customer.viewport})`).toEqual([]);
}
