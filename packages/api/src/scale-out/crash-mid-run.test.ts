import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { isPostgres, openDatabase, type DatabaseDialect } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  collectionsOf,
  customerWithMandate,
  ledgerOf,
  runDaily,
} from '../jobs/collection-test-support.js';
import { createTestApp, FakeClock, TEST_SECRET_KEY } from '../test/app.js';
import { startCli } from '../test/cli-process.js';
import { givenCustomer } from '../test/customers.js';
import { createSharedPostgresDatabase, TEST_DIALECTS } from '../test/databases.js';

const AGREEMENTS = 80;
const MANDATES = 40;
/** From a process's start: its start-up (1–2 s from source) and then its work. */
const SINCE_START = { min: 1_000, max: 3_500 };
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

/**
 * Starts `args` and kills it with SIGKILL once it is under way (`progress` has moved) plus a
 * moment, once per moment; then runs it to the end. Returns what `progress` read at each kill.
 */
async function killMidway(
  db: Kysely<Database>,
  args: string[],
  env: Record<string, string>,
  progress: () => Promise<number>,
  label: string,
  /** Kill this long after the process starts instead, for a run whose progress moves in one step. */
  sinceStartMs?: { min: number; max: number },
): Promise<void> {
  const seed = Date.now();
  const moments = fc.sample(fc.noBias(fc.integer(sinceStartMs ?? { min: 0, max: 400 })), {
    numRuns: KILLS,
    seed,
  });
  const cutAt: number[] = [];
  for (const moment of moments) {
    const before = await progress();
    const run = startCli(args, env);
    while (!sinceStartMs && (await progress()) === before && run.child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await new Promise((resolve) => setTimeout(resolve, moment));
    run.child.kill('SIGKILL');
    await run.exited;
    await untilKilledStatementsEnd(db);
    cutAt.push(await progress());
    // Until its lease lapses (60 s) the dead run's kind stays taken: a new run says so and exits 1.
    // A minute later, as far as the lease can tell:
    await db
      .updateTable('job_leases')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('name', 'like', 'run:%')
      .execute();
  }
  process.stdout.write(
    `crash-mid-run ${label}: killed ${JSON.stringify(moments)} ms after it began (seed ${String(seed)}), progress then ${JSON.stringify(cutAt)}\n`,
  );
  const last = startCli(args, env);
  expect(await last.exited, last.output()).toBe(0);
}

/**
 * PostgreSQL finishes a statement whose client was killed mid-flight (a lease renewal, say): wait
 * for it, or it could land after the lease is reset below.
 */
async function untilKilledStatementsEnd(db: Kysely<Database>): Promise<void> {
  if (!isPostgres(db)) return;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`.execute(
      db,
    );
    if (Number(rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `count(*)` as the number it is, whichever database answered. */
const COUNT = sql<string>`count(*)`.as('n');

/** Runs `work` over a fresh database of `dialect`, migrated, with the env a CLI process needs. */
async function withSharedDatabase(
  dialect: DatabaseDialect,
  work: (db: Kysely<Database>, env: Record<string, string>) => Promise<void>,
): Promise<void> {
  const database = await sharedDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'marque-crash-data-'));
  const db = openDatabase(database.url);
  try {
    await migrateToLatest(db);
    await work(db, {
      DATABASE_URL: database.url,
      MARQUE_SECRET_KEY: TEST_SECRET_KEY,
      DATA_DIR: dataDir,
    });
  } finally {
    await db.destroy();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const dialect of TEST_DIALECTS) {
  it(`finishes a statement run killed mid-way ${String(KILLS)} times, each statement issued once [${dialect}]`, async () => {
    await withSharedDatabase(dialect, async (db, env) => {
      for (let n = 0; n < AGREEMENTS; n += 1) {
        await givenCustomer(db, { email: `crash${String(n)}@example.com` });
      }
      const statements = async () => {
        const row = await db
          .selectFrom('documents')
          .select(COUNT)
          .where('kind', '=', 'statement')
          .where('period', '=', PERIOD)
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      await killMidway(
        db,
        ['statements', '--period', PERIOD],
        env,
        statements,
        `statements [${dialect}]`,
      );

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
    });
  }, 240_000);

  it(`finishes a collection run killed mid-way ${String(KILLS)} times: one notice and one collection each [${dialect}]`, async () => {
    await withSharedDatabase(dialect, async (db, env) => {
      const test = createTestApp({ db, clock: new FakeClock('2026-03-02T09:00:00.000Z') });
      const customers = [];
      for (let n = 0; n < MANDATES; n += 1) {
        customers.push(
          await customerWithMandate(test, db, { dueDates: ['2026-03-20'], collectionDay: 20 }),
        );
      }
      await runDaily(test, '2026-03-02', '2026-03-05');
      // 6 March: every mandate's advance notice, from a run killed while it sends them.
      const notices = async () => {
        const row = await db
          .selectFrom('outbox')
          .select(COUNT)
          .where('subject', 'like', 'Your next Direct Debit%')
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      await killMidway(
        db,
        ['collect', '--date', '2026-03-06'],
        env,
        notices,
        `notices [${dialect}]`,
        SINCE_START,
      );
      await runDaily(test, '2026-03-09', '2026-03-17');
      // 18 March: the collections go to the bank, from a run killed while it submits them.
      const submitted = async () =>
        Number((await db.selectFrom('collections').select(COUNT).executeTakeFirstOrThrow()).n);
      await killMidway(
        db,
        ['collect', '--date', '2026-03-18'],
        env,
        submitted,
        `submissions [${dialect}]`,
        SINCE_START,
      );
      await runDaily(test, '2026-03-19', '2026-03-25');

      expect(await notices()).toBe(MANDATES);
      for (const customer of customers) {
        expect((await collectionsOf(db, customer.agreementId)).map((c) => c.status)).toEqual([
          'collected',
        ]);
        expect(await ledgerOf(db, customer.agreementId)).toHaveLength(1);
      }
    });
  }, 240_000);
}
