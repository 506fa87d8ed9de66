import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomerPage } from './browser.js';
import { SCREENSHOT_DIR } from './repo-paths.js';

/** Saves the whole page as test-results/screenshots/<name>-<desktop|phone>.png. */
export async function saveScreenshot(
  { page, viewport }: CustomerPage,
  name: string,
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${viewport}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
