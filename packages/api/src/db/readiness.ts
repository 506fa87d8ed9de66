import { Migrator, type Kysely } from 'kysely';
import { staticMigrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'database_unavailable' | 'migrations_pending'; error?: unknown };

/**
 * Whether this instance can serve: the database answers and every migration bundled with this
 * build has been applied to it (an instance started before `migrate` ran must not take traffic).
 */
export async function readiness(db: Kysely<Database>): Promise<Readiness> {
  try {
    const migrations = await new Migrator({
      db,
      provider: staticMigrationProvider,
    }).getMigrations();
    const pending = migrations.some((migration) => migration.executedAt === undefined);
    return pending ? { ready: false, reason: 'migrations_pending' } : { ready: true };
  } catch (error) {
    return { ready: false, reason: 'database_unavailable', error };
  }
}
