import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCollections } from '../jobs/collection-run.js';
import { runStatements } from '../jobs/statement-run.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { givenAccount, signIn } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';
import { serveWebApp } from '../web-app/serve-web-app.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789abcdef';

function metricsApp(getDb: () => TestApp['deps']['db'], env: Record<string, string> = {}): TestApp {
  return createTestApp({
    db: getDb(),
    env: { METRICS_TOKEN, LOCKOUT_MAX_FAILURES: '3', ...env },
  });
}

async function scrape(test: TestApp): Promise<string> {
  const response = await test.staffApp.request('/metrics', {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one sample, 0 when the series has not appeared yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return 0;
}

async function moved(
  test: TestApp,
  work: () => Promise<unknown>,
): Promise<(name: string, labels?: Record<string, string>) => number> {
  const before = await scrape(test);
  await work();
  const after = await scrape(test);
  return (name, labels) => sample(after, name, labels) - sample(before, name, labels);
}

async function cardToken(test: TestApp, number: string): Promise<string> {
  const response = await test.paymentSandbox.app.request('/v1/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, expMonth: 12, expYear: 2030, cvc: '123' }),
  });
  return ((await response.json()) as { id: string }).id;
}

describeEachDatabase('GET /metrics', (getDb) => {
  it('is served on the staff port only, and only to the holder of METRICS_TOKEN', async () => {
    const test = metricsApp(getDb);
    expect((await test.app.request('/metrics')).status).toBe(404);
    expect(
      (
        await test.app.request('/metrics', {
          headers: { authorization: `Bearer ${METRICS_TOKEN}` },
        })
      ).status,
    ).toBe(404);
    for (const authorization of [null, 'Bearer wrong', METRICS_TOKEN, `Basic ${METRICS_TOKEN}`]) {
      const response = await test.staffApp.request('/metrics', {
        headers: authorization === null ? {} : { authorization },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(await response.text()).not.toContain('marque_');
    }
    const response = await test.staffApp.request('/metrics', {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('marque_process_resident_memory_bytes');
  });

  it('does not exist at all while METRICS_TOKEN is unset', async () => {
    const test = createTestApp({ db: getDb() });
    expect(
      (await test.staffApp.request('/metrics', { headers: { authorization: 'Bearer ' } })).status,
    ).toBe(404);
  });

  it('counts requests and latency by route template and status, never by id', async () => {
    const test = metricsApp(getDb);
    const browser = test.client();
    const documentId = crypto.randomUUID();
    const delta = await moved(test, async () => {
      await browser.query('health.ping');
      await browser.request(`/api/documents/${documentId}`);
      await browser.request(`/nowhere/${documentId}`);
      await browser.query(`no.such.procedure${documentId}`);
    });
    const ping = { app: 'customer', route: '/api/trpc/health.ping', method: 'GET', status: '200' };
    expect(delta('marque_http_requests_total', ping)).toBe(1);
    expect(delta('marque_http_request_duration_seconds_count', ping)).toBe(1);
    expect(
      delta('marque_http_requests_total', { route: '/api/documents/:documentId', status: '401' }),
    ).toBe(1);
    expect(delta('marque_http_requests_total', { route: '(not found)', status: '404' })).toBe(1);
    expect(delta('marque_http_requests_total', { route: '/api/trpc/(unknown)' })).toBe(1);
    expect(await scrape(test)).not.toContain(documentId);
  });

  it('labels routes the same when the web app is served beside the API', async () => {
    const test = metricsApp(getDb);
    const dist = mkdtempSync(join(tmpdir(), 'marque-web-'));
    try {
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Marque</title>');
      serveWebApp(test.app, dist);
      const delta = await moved(test, async () => {
        await test.app.request('/healthz');
        await test.app.request('/payments/history');
        await test.app.request('/assets/missing.js');
      });
      expect(delta('marque_http_requests_total', { route: '/healthz', status: '200' })).toBe(1);
      expect(delta('marque_http_requests_total', { route: '(web app)', status: '200' })).toBe(1);
      expect(delta('marque_http_requests_total', { route: '(not found)', status: '404' })).toBe(1);
      // The customer site answers /metrics with its own page: never the figures.
      expect(await (await test.app.request('/metrics')).text()).not.toContain('marque_');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('counts sign-ins by outcome and the lockout that repeated failures start', async () => {
    const test = metricsApp(getDb);
    const account = await givenAccount(test.deps.db);
    const delta = await moved(test, async () => {
      await signIn(test.client(), account);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await test.client().mutation('auth.login', {
          username: account.username,
          password: 'Not-The-Password-At-All',
        });
      }
    });
    const customer = { who: 'customer' };
    expect(delta('marque_sign_ins_total', { ...customer, outcome: 'success' })).toBe(1);
    expect(delta('marque_sign_ins_total', { ...customer, outcome: 'failure' })).toBe(3);
    expect(delta('marque_lockouts_total', customer)).toBe(1);
  });

  it('counts card payments by outcome', async () => {
    const test = metricsApp(getDb);
    const account = await givenAccount(test.deps.db);
    const browser = test.client();
    await signIn(browser, account);
    const delta = await moved(test, async () => {
      for (const card of ['4242424242424242', '4000000000000002']) {
        await browser.mutation('payments.makeCardPayment', {
          agreementId: account.agreementId,
          amount: 5_000,
          paymentToken: await cardToken(test, card),
          idempotencyKey: crypto.randomUUID().replace(/-/g, ''),
        });
      }
      await test.paymentSandbox.idle();
    });
    expect(delta('marque_payments_total', { method: 'card', outcome: 'recorded' })).toBe(2);
    expect(delta('marque_payments_total', { method: 'card', outcome: 'paid' })).toBe(1);
    expect(delta('marque_payments_total', { method: 'card', outcome: 'failed' })).toBe(1);
  });

  it('reports the progress of statement and collection runs', async () => {
    const test = metricsApp(getDb);
    await givenAccount(test.deps.db);
    await givenAccount(test.deps.db);
    const delta = await moved(test, async () => {
      await runStatements(test.deps, { period: '2026-10' });
      await runCollections(test.deps, { runDate: '2026-11-23' });
    });
    expect(delta('marque_run_items_total', { run: 'statement', item: 'agreements' })).toBe(2);
    expect(delta('marque_run_items_total', { run: 'statement', item: 'statements' })).toBe(2);
    expect(delta('marque_runs_total', { run: 'statement', outcome: 'finished' })).toBe(1);
    expect(delta('marque_runs_total', { run: 'collection', outcome: 'finished' })).toBe(1);
  });

  it('counts a statement run that stops halfway as stopped, with the work it had done', async () => {
    const test = metricsApp(getDb);
    await givenAccount(test.deps.db);
    await givenAccount(test.deps.db);
    const delta = await moved(test, async () => {
      await expect(
        runStatements(test.deps, {
          period: '2026-10',
          pageSize: 1,
          afterAgreement: (done) => {
            if (done === 2) throw new Error('stopped for the test');
          },
        }),
      ).rejects.toThrow('stopped for the test');
    });
    expect(delta('marque_runs_total', { run: 'statement', outcome: 'stopped' })).toBe(1);
    expect(delta('marque_run_items_total', { run: 'statement', item: 'agreements' })).toBe(1);
  });
});
