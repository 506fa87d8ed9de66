import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Starts every transaction with BEGIN IMMEDIATE. A plain (deferred) BEGIN takes the write lock only
 * at the first write; if another process (a CLI run beside the server) committed since this
 * transaction's first read, SQLite refuses the upgrade at once with SQLITE_BUSY, and busy_timeout
 * cannot help. Taking the lock up front makes a second writer wait its turn instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** Kysely's SQLite dialect with write transactions that wait for each other (see above). */
export class SqliteWriteTransactionDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
