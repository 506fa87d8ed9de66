import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';
import { staffRouter } from './index.js';

/** Inputs of every wrong shape a caller could send, including ones aimed at the database. */
const HOSTILE_INPUTS: readonly unknown[] = [
  null,
  42,
  'text',
  [],
  { staffId: { $ne: 1 }, customerId: "' OR 1=1 --", id: 'x'.repeat(5000) },
  { filter: { from: '9999-99-99', to: 'yesterday' }, page: { before: -1, limit: 1e9 } },
  { token: '../../etc/passwd', code: '<script>', amount: 'NaN', query: '%' },
];

describeEachDatabase('hostile input to the staff API', (getDb) => {
  it('answers every staff procedure, called by an admin with wrong inputs, with 4xx and no internals', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(app, 'admin');
    // At run time a router's procedures are a flat record keyed by path ('staffAuth.login').
    const procedures = Object.entries(
      staffRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
    ).filter(([path]) => path !== 'staffAuth.logout');
    const failures: string[] = [];
    for (const [path, procedure] of procedures) {
      for (const input of HOSTILE_INPUTS) {
        const result =
          procedure._def.type === 'query'
            ? await browser.query(path, input)
            : await browser.mutation(path, input);
        const leaked = /\bstack\b|node_modules|SQLITE|syntax error at|\.ts:\d+/i.test(
          JSON.stringify(result.body),
        );
        if (result.status >= 500 || leaked) {
          failures.push(`${path} ${JSON.stringify(input).slice(0, 60)} → ${result.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
