import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../app.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { createTestApp, type TestApp, type TestClient } from '../test/app.js';

/** The headers every response must carry, whatever answered it. */
function expectSecurityHeaders(response: Response, where: string): void {
  const headers = response.headers;
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("script-src 'self'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).not.toContain('unsafe-inline');
  expect(headers.get('strict-transport-security'), where).toMatch(/max-age=\d+; includeSubDomains/);
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(headers.get('x-frame-options'), where).toBe('DENY');
  expect(headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy'), where).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy'), where).toBe('same-origin');
  expect(headers.get('permissions-policy'), where).toContain('camera=()');
  expect(headers.get('x-request-id'), where).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers.get('x-powered-by'), where).toBeNull();
}

async function everyKindOfAnswer(
  browser: TestClient,
  foreign: TestClient,
): Promise<[string, Response, number][]> {
  return [
    ['success', await browser.request('/healthz'), 200],
    ['not found', await browser.request('/nowhere'), 404],
    ['unknown procedure', await browser.request('/api/trpc/nothing.here'), 404],
    [
      'too large',
      await browser.request('/api/trpc/auth.logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(MAX_BODY_BYTES + 1),
      }),
      413,
    ],
    ['foreign origin', await foreign.request('/api/trpc/auth.logout', { method: 'POST' }), 403],
  ];
}

describe('security headers on every response', () => {
  let db: Kysely<Database> | null = null;

  afterEach(async () => {
    await db?.destroy();
    db = null;
  });

  async function migratedApp(): Promise<TestApp> {
    db = openDatabase(':memory:');
    await migrateToLatest(db);
    return createTestApp({ db });
  }

  it('customer app: success, 404, 413 and 403', async () => {
    const test = await migratedApp();
    const answers = await everyKindOfAnswer(
      test.client(),
      test.client({ origin: 'https://evil.example' }),
    );
    answers.push(['procedure', await test.client().request('/api/trpc/health.ping'), 200]);
    for (const [what, response, status] of answers) {
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response, `customer ${what}`);
    }
  });

  it('staff app: success, 404, 413 and 403', async () => {
    const test = await migratedApp();
    const answers = await everyKindOfAnswer(
      test.staffClient(),
      test.staffClient({ origin: test.config.publicOrigin }),
    );
    for (const [what, response, status] of answers) {
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response, `staff ${what}`);
      // The console frames nothing; only the customer site may frame the card provider.
      expect(response.headers.get('content-security-policy')).toContain("frame-src 'none'");
    }
  });

  it('both apps on the 500 path: a procedure and a plain route failing unexpectedly', async () => {
    // No migrations ran: every query fails, in tRPC's context and in Hono routes alike.
    db = openDatabase(':memory:');
    const test = createTestApp({ db });
    const customer = test.client();
    customer.cookies.set('__Host-marque_session', 'some-session');
    const staff = test.staffClient();
    staff.cookies.set('__Host-marque_staff_session', 'some-session');
    const answers: [string, Response][] = [
      ['customer procedure', await customer.request('/api/trpc/agreements.list')],
      ['customer route', await customer.request(`/api/documents/${crypto.randomUUID()}`)],
      ['staff procedure', await staff.request('/api/trpc/staffAuth.me')],
      ['staff route', await staff.request(`/api/messages/attachments/${crypto.randomUUID()}`)],
    ];
    for (const [what, response] of answers) {
      expect(response.status, what).toBe(500);
      expectSecurityHeaders(response, what);
    }
  });

  it('both apps on the 503 path: not ready', async () => {
    db = openDatabase(':memory:');
    const test = createTestApp({ db });
    for (const [what, response] of [
      ['customer', await test.client().request('/readyz')],
      ['staff', await test.staffClient().request('/readyz')],
    ] as const) {
      expect(response.status, what).toBe(503);
      expectSecurityHeaders(response, what);
      expect(response.headers.get('retry-after')).toBe('5');
    }
  });
});
