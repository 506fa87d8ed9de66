import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase, type DatabaseDialect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { TEST_SECRET_KEY } from '../test/app.js';
import { startCli } from '../test/cli-process.js';
import { givenCustomer } from '../test/customers.js';
import { createSharedPostgresDatabase, TEST_DIALECTS } from '../test/databases.js';

const AGREEMENTS = 80;
const KILLS = 3;
const PERIOD = '2026-10';

/** A database file or PostgreSQL database of its own, for processes to share. */
async function sharedDatabase(dialect: DatabaseDialect) {
  if (dialect === 'postgres') return createSharedPostgresDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'marque-crash-'));
  return {
    url: `sqlite:${join(dir, 'marque.db')}`,
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

for (const dialect of TEST_DIALECTS) {
  it(`finishes a statement run killed mid-way ${String(KILLS)} times, each statement issued once [${dialect}]`, async () => {
    const database = await sharedDatabase(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), 'marque-crash-data-'));
    const db = openDatabase(database.url);
    try {
      await migrateToLatest(db);
      for (let n = 0; n < AGREEMENTS; n += 1) {
        await givenCustomer(db, { email: `crash${String(n)}@example.com` });
      }
      const statementsIssued = async () => {
        const row = await db
          .selectFrom('documents')
          .select(sql<string>`count(*)`.as('n'))
          .where('kind', '=', 'statement')
          .where('period', '=', PERIOD)
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      const env = {
        DATABASE_URL: database.url,
        MARQUE_SECRET_KEY: TEST_SECRET_KEY,
        DATA_DIR: dataDir,
      };
      const seed = Date.now();
      const moments = fc.sample(fc.noBias(fc.integer({ min: 0, max: 1_500 })), {
        numRuns: KILLS,
        seed,
      });
      const cutAt: number[] = [];
      for (const moment of moments) {
        const before = await statementsIssued();
        const run = startCli(['statements', '--period', PERIOD], env);
        // Killed once it is under way: after it has issued a statement of its own, plus a moment.
        while ((await statementsIssued()) === before && run.child.exitCode === null) {
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await new Promise((resolve) => setTimeout(resolve, moment));
        run.child.kill('SIGKILL');
        await run.exited;
        cutAt.push(await statementsIssued());
      }
      process.stdout.write(
        `crash-mid-run [${dialect}]: killed at ${JSON.stringify(moments)} ms (seed ${String(seed)}) with ${JSON.stringify(cutAt)} of ${String(AGREEMENTS)} statements issued\n`,
      );

      const last = startCli(['statements', '--period', PERIOD], env);
      expect(await last.exited, last.output()).toBe(0);
      expect(last.output()).toContain(`Statement run ${PERIOD}: finished`);
      const perAgreement = await db
        .selectFrom('documents')
        .select(['agreement_id', sql<string>`count(*)`.as('n')])
        .where('kind', '=', 'statement')
        .where('period', '=', PERIOD)
        .groupBy('agreement_id')
        .execute();
      expect(perAgreement).toHaveLength(AGREEMENTS);
      expect(perAgreement.every((row) => Number(row.n) === 1)).toBe(true);
      const run = await db
        .selectFrom('statement_runs')
        .select('status')
        .where('period', '=', PERIOD)
        .executeTakeFirstOrThrow();
      expect(run.status).toBe('finished');
    } finally {
      await db.destroy();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
}
