import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './app.js';
import { describeEachDatabase } from './test/databases.js';
import { createTestApp, TEST_WEB_URL } from './test/app.js';

const REQUIRED_HEADERS = {
  'content-security-policy': expect.stringContaining("script-src 'self'") as unknown,
  'strict-transport-security': expect.stringContaining('max-age=') as unknown,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': expect.stringContaining('camera=()') as unknown,
};

function headersOf(response: { headers: Headers }): Record<string, string> {
  return Object.fromEntries(response.headers.entries());
}

describeEachDatabase('the HTTP app', (getDb) => {
  it('answers GET /api/health, the health.ping procedure and the public brand.get', async () => {
    const { client } = createTestApp({ db: getDb() });
    const browser = client();
    const health = await browser.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const ping = await browser.query('health.ping');
    expect(ping.status).toBe(200);
    expect(ping.data).toEqual({ ok: true });
    const brand = await browser.query('brand.get');
    expect(brand.data).toMatchObject({ name: 'Marque Motor Finance' });
  });

  it('puts the security headers on every response, errors included', async () => {
    const { client } = createTestApp({ db: getDb() });
    const browser = client();
    const responses = [
      await browser.request('/api/health'),
      await browser.request('/nowhere'),
      await browser.request('/api/trpc/health.nothing'),
      await client({ origin: 'https://evil.example' }).request('/api/trpc/auth.logout', {
        method: 'POST',
      }),
      await browser.request('/api/trpc/auth.logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(MAX_BODY_BYTES + 1),
      }),
    ];
    for (const response of responses) {
      expect(headersOf(response)).toMatchObject(REQUIRED_HEADERS);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('refuses a POST from a foreign Origin, or with none, with 403', async () => {
    const { client } = createTestApp({ db: getDb() });
    for (const origin of ['https://evil.example', 'http://localhost:3001', null]) {
      const response = await client({ origin }).request('/api/trpc/health.ping', {
        method: 'POST',
      });
      expect(response.status).toBe(403);
    }
    const same = await client({ origin: TEST_WEB_URL }).mutation('auth.logout');
    expect(same.status).not.toBe(403);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const { client } = createTestApp({ db: getDb() });
    const response = await client().mutation('auth.login', {
      username: 'someone',
      password: 'p'.repeat(MAX_BODY_BYTES),
    });
    expect(response.status).toBe(413);
  });

  it('marks API responses as not cacheable', async () => {
    const { client } = createTestApp({ db: getDb() });
    const response = await client().request('/api/health');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('gives every response a request id', async () => {
    const { client } = createTestApp({ db: getDb() });
    const browser = client();
    for (const path of ['/api/health', '/api/trpc/health.ping', '/nowhere']) {
      const response = await browser.request(path, { headers: { 'x-request-id': 'forged' } });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('an unexpected failure', () => {
  it('is logged with the request id and answered with a generic message, no SQL or stack', async () => {
    const { openDatabase } = await import('./db/connect.js');
    const db = openDatabase(':memory:');
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
    const { client } = createTestApp({ db, logger });
    // No migrations ran, so every query fails inside the procedure.
    const result = await client().mutation('auth.login', { username: 'someone', password: 'x' });
    expect(result.status).toBe(500);
    const requestId = result.headers.get('x-request-id') ?? '';
    expect(result.error?.message).toBe(
      `Something went wrong on our side. Please try again in a moment. (Reference: ${requestId})`,
    );
    expect(result.error?.data.requestId).toBe(requestId);
    expect(JSON.stringify(result.body)).not.toMatch(/no such table|SQLITE|select|stack/i);
    expect(lines.join('')).toContain(requestId);
    expect(lines.join('')).toContain('no such table');
    await db.destroy();
  });
});

describe('an unknown procedure', () => {
  it('is a 404, not a 500', async () => {
    const { openDatabase } = await import('./db/connect.js');
    const db = openDatabase(':memory:');
    const { client } = createTestApp({ db });
    const response = await client().query('nothing.here');
    expect(response.status).toBe(404);
    await db.destroy();
  });
});
