import { expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './app.js';
import { createTestApp } from './test/app.js';
import { describeEachDatabase } from './test/databases.js';

describeEachDatabase('the staff HTTP app', (getDb) => {
  it('puts the security headers, no-store and a JSON answer on its responses, errors included', async () => {
    const { staffClient } = createTestApp({ db: getDb() });
    const browser = staffClient();
    const responses = [
      await browser.request('/api/health'),
      await browser.request('/api/nowhere'),
      await browser.request('/api/trpc/staffAuth.logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(MAX_BODY_BYTES + 1),
      }),
      await staffClient({ origin: 'https://evil.example' }).request('/api/trpc/staffAuth.logout', {
        method: 'POST',
      }),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 404, 413, 403]);
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("frame-src 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('refuses a staff sign-in without an Origin, as a browser always sends one', async () => {
    const { staffClient } = createTestApp({ db: getDb() });
    const result = await staffClient({ origin: null }).mutation('staffAuth.login', {
      username: 'admin.demo',
      password: 'whatever-it-is-1',
    });
    expect(result.status).toBe(403);
  });
});
