import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** The two widths every page is checked at: a laptop and a small phone (WCAG 2.2 reflow). */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 812 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Debian's Chromium through playwright-core: `npx playwright install` cannot download here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page in a fresh context (its own cookie jar: a new device), with what went wrong on it. */
export interface CustomerPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors (a CSP violation is one), for tests to assert none. */
  problems: string[];
  viewport: ViewportName;
}

/**
 * Opens a new device at the customer site's origin (or `baseUrl`, e.g. the staff console's);
 * relative URLs in `page.goto` resolve against it.
 */
export async function openPage(
  browser: Browser,
  viewport: ViewportName = 'desktop',
  baseUrl: string = inject('baseUrl'),
): Promise<CustomerPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A refused sign-in is a 401 the page handles; Chromium logs every non-2xx response as well.
    const handledResponse = message.text().startsWith('Failed to load resource');
    if (message.type() === 'error' && !handledResponse) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems, viewport };
}
