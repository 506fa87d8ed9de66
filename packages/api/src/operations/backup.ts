import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { dialectOf } from '../db/connect.js';

export type BackupResult =
  { kind: 'sqlite'; file: string; bytes: number } | { kind: 'postgres'; guidance: string };

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** 2026-11-23T16:04:07.123Z → 20261123T160407Z: sortable, and safe in any file system. */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * What to run on PostgreSQL, where the database server (or the provider's snapshots and
 * point-in-time recovery) owns backups. The URL is named, never printed: it holds the password.
 */
function postgresGuidance(now: Date): string {
  const file = `marque-${stamp(now)}.dump`;
  return [
    'PostgreSQL is backed up by the database server, not by Marque:',
    '  - managed PostgreSQL: turn on automated snapshots and point-in-time recovery;',
    '  - otherwise, from a machine with the PostgreSQL client tools, take a consistent dump:',
    `      pg_dump --format=custom --no-owner --file=${file} "$DATABASE_URL"`,
    '    and restore it into an empty database with:',
    `      pg_restore --no-owner --dbname="$RESTORE_DATABASE_URL" ${file}`,
    'Keep MARQUE_SECRET_KEY with the backup (separately): without it, encrypted columns cannot be read.',
  ].join('\n');
}

/**
 * `npm run backup`: on SQLite, SQLite's online backup API copies the live database page by page
 * (consistent, while the server keeps serving) to `<dataDir>/backups/marque-<UTC time>.db`, and the
 * copy's integrity is checked before it is reported. On PostgreSQL, the pg_dump guidance.
 */
export async function backupDatabase(
  databaseUrl: string,
  dataDir: string,
  now: Date,
): Promise<BackupResult> {
  if (dialectOf(databaseUrl) === 'postgres') {
    return { kind: 'postgres', guidance: postgresGuidance(now) };
  }
  const source = databaseUrl.replace(/^sqlite:/, '');
  if (source === ':memory:') throw new BackupError('An in-memory database cannot be backed up.');
  if (!existsSync(source)) throw new BackupError(`There is no database at ${resolve(source)}.`);
  const directory = join(dataDir, 'backups');
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const file = join(directory, `marque-${stamp(now)}.db`);
  if (existsSync(file)) throw new BackupError(`${file} exists already; try again in a second.`);
  const database = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    await database.backup(file);
  } finally {
    database.close();
  }
  // The copy holds what the database holds: readable by the server's user only.
  chmodSync(file, 0o600);
  const copy = new SqliteDatabase(file, { fileMustExist: true });
  try {
    // One self-contained file: the copy inherits WAL mode, which would leave -wal/-shm files beside it.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`The backup at ${file} failed its integrity check.`);
  } finally {
    copy.close();
  }
  return { kind: 'sqlite', file, bytes: statSync(file).size };
}
