import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { migrations } from '../db/migrations/index.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';

function bothApps(test: TestApp) {
  return [
    ['customer', test.app],
    ['staff', test.staffApp],
  ] as const;
}

describeEachDatabase('health checks', (getDb) => {
  it('/healthz and /readyz answer 200 on both apps when the database is migrated', async () => {
    const test = createTestApp({ db: getDb() });
    for (const [, app] of bothApps(test)) {
      const health = await app.request('/healthz');
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(health.headers.get('cache-control')).toBe('no-store');
      const ready = await app.request('/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
      // The old endpoint scripts and the browser tests wait on stays.
      expect((await app.request('/api/health')).status).toBe(200);
    }
  });

  it('/readyz is 503 while a bundled migration has not been applied', async () => {
    const db = getDb();
    const test = createTestApp({ db });
    const newest = Object.keys(migrations).at(-1) ?? '';
    await sql`delete from kysely_migration where name = ${newest}`.execute(db);
    for (const [, app] of bothApps(test)) {
      const ready = await app.request('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      expect(await ready.json()).toEqual({ status: 'not ready', reason: 'migrations_pending' });
      expect((await app.request('/healthz')).status).toBe(200);
    }
  });
});

describe('health checks without a database', () => {
  it('/healthz stays 200 (it touches no database) while /readyz says the database is unavailable', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    const test = createTestApp({ db });
    await db.destroy();
    for (const [, app] of bothApps(test)) {
      expect((await app.request('/healthz')).status).toBe(200);
      const ready = await app.request('/readyz');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', reason: 'database_unavailable' });
    }
  });
});
