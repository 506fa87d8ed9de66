import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SqliteDatabase as KyselySqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { SqliteWriteTransactionDialect } from './sqlite-write-transactions.js';

export type DatabaseDialect = 'sqlite' | 'postgres';

// Money is stored as bigint; node-postgres returns int8 as a string unless told otherwise. Every
// amount we store is far below 2^53, so Number is exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** How long a request waits for a new PostgreSQL connection before it is answered 503. */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5000;

/** Which database a DATABASE_URL selects: PostgreSQL for postgres:// URLs, SQLite otherwise. */
export function dialectOf(url: string): DatabaseDialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** True when `db` talks to PostgreSQL (row locks, triggers); false for SQLite. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Opens the database a URL names: `postgres://…`, `sqlite:<file>` or `:memory:`. */
export function openDatabase(url: string): Kysely<Database> {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      // An unreachable server fails a request within seconds (a 503) instead of hanging it.
      connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    // A connection the server closed (restart, failover, pg_terminate_backend) emits 'error': on the
    // pool when idle, on the client while checked out between two queries. Unheard, either would end
    // the process. The query that meets the closed connection fails (503) and the pool replaces it.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const file = url.replace(/^sqlite:/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process writing (a CLI run beside the server) is waited for, up to 5 s, not refused.
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({
    dialect: new SqliteWriteTransactionDialect({ database: withStatementCache(sqlite) }),
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh, and compiling SQL is a large share of a short query's cost in
 * better-sqlite3; our queries come from a fixed set of builders, so compiled statements are kept by
 * their SQL text (oldest dropped first). SQLite recompiles a kept statement itself after a schema change.
 */
function withStatementCache(database: SqliteDatabase.Database): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        statements.set(sql, statement);
        if (statements.size > STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
  };
}
