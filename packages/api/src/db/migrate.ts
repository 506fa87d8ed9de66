import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { staticMigrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError';
}

/** Brings the schema to the latest version; running it again does nothing. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailedError(`migration ${failed} failed`, { cause: error });
  }
  return results ?? [];
}
