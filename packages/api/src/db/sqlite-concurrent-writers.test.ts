import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';

const WRITES_EACH = 150;

/**
 * The other writer: a second process-like connection (its own thread and SQLite handle) on the
 * same file, incrementing the tally in read-then-write transactions as fast as it can.
 */
const OTHER_WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const read = db.prepare('select n from tally');
const write = db.prepare('update tally set n = ?');
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < workerData.writes; i += 1) {
  db.exec('begin immediate');
  const { n } = read.get();
  Atomics.wait(pause, 0, 0, 1);
  write.run(n + 1);
  db.exec('commit');
}
db.close();
parentPort.postMessage('done');
`;

describe('SQLite with two connections writing at once', () => {
  let directory = '';

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'marque-sqlite-writers-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('loses no write and never answers SQLITE_BUSY: transactions wait for the write lock', async () => {
    const file = join(directory, 'marque.db');
    const db = openDatabase(`sqlite:${file}`);
    try {
      await sql`create table tally (n integer not null)`.execute(db);
      await sql`insert into tally (n) values (0)`.execute(db);
      const other = new Worker(OTHER_WRITER, {
        eval: true,
        workerData: {
          file,
          writes: WRITES_EACH,
          driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        },
      });
      const otherDone = new Promise<void>((resolve, reject) => {
        other.once('message', () => {
          resolve();
        });
        other.once('error', reject);
      });
      for (let i = 0; i < WRITES_EACH; i += 1) {
        // Read, yield (the other writer runs meanwhile), then write from what was read.
        await db.transaction().execute(async (trx) => {
          const { rows } = await sql<{ n: number }>`select n from tally`.execute(trx);
          await new Promise((resolve) => setTimeout(resolve, 0));
          await sql`update tally set n = ${(rows[0]?.n ?? 0) + 1}`.execute(trx);
        });
      }
      await otherDone;
      const { rows } = await sql<{ n: number }>`select n from tally`.execute(db);
      expect(rows[0]?.n).toBe(2 * WRITES_EACH);
    } finally {
      await db.destroy();
    }
  });
});
