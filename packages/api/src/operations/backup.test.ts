import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { givenCustomer } from '../test/customers.js';
import { backupDatabase, BackupError } from './backup.js';

const NOW = new Date('2026-11-23T16:04:07.123Z');

describe('npm run backup', () => {
  let dataDir = '';

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'marque-backup-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies a live SQLite database, write-ahead log included, to a timestamped file only its owner reads', async () => {
    const source = join(dataDir, 'marque.db');
    const db = openDatabase(`sqlite:${source}`);
    try {
      await migrateToLatest(db);
      const customer = await givenCustomer(db);
      // The server still has the database open: the newest rows may sit in the WAL only.
      const result = await backupDatabase(`sqlite:${source}`, dataDir, NOW);
      expect(result).toEqual({
        kind: 'sqlite',
        file: join(dataDir, 'backups', 'marque-20261123T160407Z.db'),
        bytes: expect.any(Number) as unknown,
      });
      if (result.kind !== 'sqlite') return;
      expect(statSync(result.file).mode & 0o777).toBe(0o600);
      expect(readdirSync(join(dataDir, 'backups'))).toEqual(['marque-20261123T160407Z.db']);
      const copy = new SqliteDatabase(result.file, { readonly: true });
      try {
        const row = copy
          .prepare('select agreement_number from agreements where customer_id = ?')
          .get(customer.customerId) as { agreement_number: string } | undefined;
        expect(row?.agreement_number).toBe(customer.agreementNumber);
      } finally {
        copy.close();
      }
      await expect(backupDatabase(`sqlite:${source}`, dataDir, NOW)).rejects.toThrow(
        /exists already/,
      );
    } finally {
      await db.destroy();
    }
  });

  it('refuses an in-memory or missing database', async () => {
    await expect(backupDatabase(':memory:', dataDir, NOW)).rejects.toThrow(BackupError);
    await expect(
      backupDatabase(`sqlite:${join(dataDir, 'none.db')}`, dataDir, NOW),
    ).rejects.toThrow(/There is no database/);
  });

  it('on PostgreSQL gives the pg_dump guidance, without the URL and its password', async () => {
    const result = await backupDatabase(
      'postgres://marque:s3cret-password@db.internal:5432/marque',
      dataDir,
      NOW,
    );
    expect(result.kind).toBe('postgres');
    if (result.kind !== 'postgres') return;
    expect(result.guidance).toContain(
      'pg_dump --format=custom --no-owner --file=marque-20261123T160407Z.dump "$DATABASE_URL"',
    );
    expect(result.guidance).toContain('pg_restore');
    expect(result.guidance).not.toMatch(/s3cret|db\.internal/);
  });
});
