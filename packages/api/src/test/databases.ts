import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { openDatabase, type DatabaseDialect } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';

/** The PostgreSQL server to test against; unset means SQLite only. */
const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() ?? '';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const TEST_DIALECTS: readonly DatabaseDialect[] =
  testDatabaseUrl === '' ? ['sqlite'] : ['sqlite', 'postgres'];

let databaseCounter = 0;

function uniqueName(role: string): string {
  databaseCounter += 1;
  return `marque_test_${process.pid}_${databaseCounter}${role}`;
}

function urlFor(database: string): string {
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Identifiers we generate ourselves; quoted anyway. */
function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A migrated PostgreSQL database to copy: `CREATE DATABASE … TEMPLATE` is much faster than
 * running the migrations for every test.
 */
async function createPostgresTemplate(): Promise<string> {
  const name = uniqueName('_template');
  await withServer((client) => client.query(`create database ${quoted(name)}`));
  const db = openDatabase(urlFor(name));
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return name;
}

/**
 * Drops a test database once its connections have gone. A closed pool's backends take a moment to
 * exit, and forcing them off would surface as errors on the clients that are still closing.
 */
async function dropPostgresDatabase(name: string): Promise<void> {
  await withServer(async (client) => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { rows } = await client.query<{ n: string }>(
        'select count(*) as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (Number(rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.query(`drop database if exists ${quoted(name)} with (force)`);
  });
}

/**
 * An empty PostgreSQL database of its own (`marque_test_<pid>_<n>_shared`) for real server
 * processes to migrate and share; `drop` removes it once they have gone.
 */
export async function createSharedPostgresDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const name = uniqueName('_shared');
  await withServer((client) => client.query(`create database ${quoted(name)}`));
  return { url: urlFor(name), drop: () => dropPostgresDatabase(name) };
}

interface OpenedDatabase {
  db: Kysely<Database>;
  close(): Promise<void>;
}

async function openFresh(
  dialect: DatabaseDialect,
  template: string | null,
): Promise<OpenedDatabase> {
  if (dialect === 'sqlite') {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    return { db, close: () => db.destroy() };
  }
  if (template === null) throw new Error('the PostgreSQL template database was not created');
  const name = uniqueName('');
  await withServer((client) =>
    client.query(`create database ${quoted(name)} template ${quoted(template)}`),
  );
  const db = openDatabase(urlFor(name));
  return {
    db,
    close: async () => {
      await db.destroy();
      await dropPostgresDatabase(name);
    },
  };
}

/**
 * Runs `suite` once per database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set), as
 * Kysely's own suite does per dialect. Every test gets a fresh, migrated database from `getDb()`;
 * PostgreSQL databases are named `marque_test_<pid>_<n>` and dropped afterwards.
 */
export function describeEachDatabase(
  name: string,
  suite: (getDb: () => Kysely<Database>, dialect: DatabaseDialect) => void,
): void {
  for (const dialect of TEST_DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      let template: string | null = null;
      let current: OpenedDatabase | null = null;

      beforeAll(async () => {
        if (dialect === 'postgres') template = await createPostgresTemplate();
      });
      afterAll(async () => {
        if (template !== null) await dropPostgresDatabase(template);
      });
      beforeEach(async () => {
        current = await openFresh(dialect, template);
      });
      afterEach(async () => {
        await current?.close();
        current = null;
      });

      suite(() => {
        if (current === null) throw new Error('getDb() is only available inside a test');
        return current.db;
      }, dialect);
    });
  }
}
