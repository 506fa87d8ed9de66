import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../http/security-headers.js';
import { serveWebApp } from './serve-web-app.js';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("app");';

let workDir: string;
let distDir: string;

function appServing(dir: string) {
  const app = new Hono();
  app.use(securityHeaders());
  app.get('/api/health', (c) => c.json({ ok: true }));
  serveWebApp(app, dir);
  app.notFound((c) => c.json({ error: { message: 'Not found.' } }, 404));
  return app;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'marque-web-app-'));
  distDir = join(workDir, 'dist');
  await mkdir(join(distDir, 'assets'), { recursive: true });
  await writeFile(join(distDir, 'index.html'), INDEX);
  await writeFile(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(distDir, 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(join(distDir, '.env'), 'SECRET=1');
  await writeFile(join(workDir, 'secret.txt'), 'outside the web root');
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('serveWebApp', () => {
  it('serves the app at the root, revalidated on every visit', async () => {
    const response = await appServing(distDir).request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves hashed assets with their type, cached for a year', async () => {
    const response = await appServing(distDir).request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(SCRIPT);
  });

  it('answers any page address with the app, which routes it in the browser', async () => {
    const response = await appServing(distDir).request('/agreements/5f1c/schedule?page=2');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
  });

  it('sends the security headers with the app (CSP without inline script, no framing)', async () => {
    const response = await appServing(distDir).request('/sign-in');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gzips text for a browser that accepts it, and says the answer varies by encoding', async () => {
    const response = await appServing(distDir).request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(body.byteLength));
    expect(gunzipSync(body).toString()).toBe(SCRIPT);
  });

  it('sends text uncompressed to a client that refuses gzip', async () => {
    const app = appServing(distDir);
    for (const acceptEncoding of ['identity', 'gzip;q=0', 'br']) {
      const response = await app.request('/', { headers: { 'accept-encoding': acceptEncoding } });
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await appServing(distDir).request('/favicon.svg', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toBe('');
  });

  it('leaves /api/ to the API: an unknown procedure address is a JSON 404, not the app', async () => {
    const app = appServing(distDir);
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true });
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'Not found.' } });
  });

  it('answers a missing script with 404 rather than HTML', async () => {
    const app = appServing(distDir);
    expect((await app.request('/assets/index-old999.js')).status).toBe(404);
    expect((await app.request('/robots.txt')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
  ])('never serves a file outside the web root (%s)', async (path) => {
    const response = await appServing(distDir).request(path);
    expect(await response.text()).not.toContain('outside the web root');
  });

  it('never serves dotfiles', async () => {
    const response = await appServing(distDir).request('/.env');
    expect(await response.text()).not.toContain('SECRET');
  });

  it('does not answer other methods', async () => {
    const response = await appServing(distDir).request('/', { method: 'POST' });
    expect(response.status).toBe(404);
  });

  it('says the app needs building when there is no build', async () => {
    const response = await appServing(join(workDir, 'no-build')).request('/sign-in');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
