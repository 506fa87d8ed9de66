import { Migrator, sql, type Kysely } from 'kysely';
import { staticMigrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'database_unavailable' | 'migrations_pending'; error?: unknown };

/**
 * Databases seen with every bundled migration applied. Migrations are only ever added, so once
 * true this stays true for this build, and later probes need only ask the database to answer.
 */
const migrated = new WeakSet<Kysely<Database>>();

/**
 * Whether this instance can serve: the database answers and every migration bundled with this
 * build has been applied to it (an instance started before `migrate` ran must not take traffic).
 */
export async function readiness(db: Kysely<Database>): Promise<Readiness> {
  try {
    if (migrated.has(db)) {
      await sql`select 1`.execute(db);
      return { ready: true };
    }
    const migrations = await new Migrator({
      db,
      provider: staticMigrationProvider,
    }).getMigrations();
    if (migrations.some((migration) => migration.executedAt === undefined)) {
      return { ready: false, reason: 'migrations_pending' };
    }
    migrated.add(db);
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: 'database_unavailable', error };
  }
}
