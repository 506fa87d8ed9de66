import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { loadConfig, type Config } from '../src/config.js';
import { openDatabase, type DatabaseDialect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';

/** The PostgreSQL server the benchmarks may use, as for the tests; unset means SQLite only. */
export const benchPostgresUrl = process.env.TEST_DATABASE_URL?.trim() ?? '';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export const BENCH_DIALECTS: readonly DatabaseDialect[] =
  benchPostgresUrl === '' ? ['sqlite'] : ['sqlite', 'postgres'];

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

async function onServer(statements: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: benchPostgresUrl });
  await client.connect();
  try {
    await statements(client);
  } finally {
    await client.end();
  }
}

/** Drops a bench database once the closed pool's connections have gone (as the tests do). */
function dropDatabase(name: string): Promise<void> {
  return onServer(async (client) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { rows } = await client.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (Number(rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.query(`drop database if exists "${name}" with (force)`);
  });
}

/**
 * A fresh, empty database for one benchmark: a file in a temporary folder for SQLite, or
 * `marque_bench_<pid>_<n>` on the PostgreSQL server, dropped (with any leftover connection) after.
 */
export async function createBenchDatabase(dialect: DatabaseDialect): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'marque-bench-'));
    return {
      url: `sqlite:${join(dir, 'bench.db')}`,
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  counter += 1;
  const name = `marque_bench_${String(process.pid)}_${String(counter)}`;
  await onServer((client) => client.query(`create database "${name}"`));
  const url = new URL(benchPostgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(name),
  };
}

/**
 * Runs `use` on a fresh, migrated database of `dialect` with the config that names it (test
 * settings, `secretKeyHex` as the secret key), then closes and drops the database.
 */
export async function withBenchDatabase<T>(
  dialect: DatabaseDialect,
  secretKeyHex: string,
  use: (db: Kysely<Database>, config: Config) => Promise<T>,
): Promise<T> {
  const database = await createBenchDatabase(dialect);
  try {
    const loaded = loadConfig({
      NODE_ENV: 'test',
      MARQUE_SECRET_KEY: secretKeyHex,
      DATABASE_URL: database.url,
    });
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const db = openDatabase(database.url);
    try {
      await migrateToLatest(db);
      return await use(db, loaded.config);
    } finally {
      await db.destroy();
    }
  } finally {
    await database.drop();
  }
}
