import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { deriveKey, deriveKeys, type KeyPurpose } from '../services/crypto/derived-keys.js';
import { openWithAnyKey, seal, SecretBoxError } from '../services/crypto/secret-box.js';
import { context as mandateContext } from '../services/direct-debit/bank-details.js';
import { sealingContext as staffTotpContext } from '../services/staff/staff-totp.js';

/** Rows read per page: memory holds one page, however many rows there are. */
const PAGE_SIZE = 500;

export interface ResealCounts {
  /** Re-encrypted from a retired key to MARQUE_SECRET_KEY. */
  resealed: number;
  /** Already under MARQUE_SECRET_KEY (a repeated run, or written since the new key went live). */
  current: number;
  /** Opened by no configured key: left as they are, and worth investigating. */
  unreadable: number;
}

export interface KeyRotationResult {
  customerTotpSecrets: ResealCounts;
  staffTotpSecrets: ResealCounts;
  bankAccountNumbers: ResealCounts;
  /**
   * Unused recovery codes. They are stored as peppered hashes, which cannot be re-keyed without
   * the codes themselves: those issued before the rotation work while their key is still listed
   * in MARQUE_PREVIOUS_SECRET_KEYS.
   */
  unusedRecoveryCodes: number;
}

/** One encrypted column: how to page through it and how to write a value back. */
interface SealedColumn {
  purpose: KeyPurpose;
  /** Rows after `cursor` (by id), at most `limit`, with their id and sealed value. */
  page(cursor: string | null, limit: number): Promise<{ id: string; sealed: string }[]>;
  context(id: string): string;
  /** Writes `resealed` only if the row still holds `sealed`; false if it changed meanwhile. */
  replace(id: string, sealed: string, resealed: string): Promise<boolean>;
}

async function resealColumn(
  column: SealedColumn,
  keys: Pick<Config, 'secretKey' | 'previousSecretKeys'>,
): Promise<ResealCounts> {
  const current = deriveKey(keys.secretKey, column.purpose);
  const readable = deriveKeys(keys.secretKey, keys.previousSecretKeys, column.purpose);
  const counts: ResealCounts = { resealed: 0, current: 0, unreadable: 0 };
  let cursor: string | null = null;
  for (;;) {
    const rows = await column.page(cursor, PAGE_SIZE);
    if (rows.length === 0) return counts;
    for (const row of rows) {
      const context = column.context(row.id);
      let opened: { plaintext: string; keyIndex: number };
      try {
        opened = openWithAnyKey(readable, row.sealed, context);
      } catch (error) {
        if (!(error instanceof SecretBoxError)) throw error;
        counts.unreadable += 1;
        continue;
      }
      if (opened.keyIndex === 0) {
        counts.current += 1;
        continue;
      }
      // A row changed meanwhile (a customer re-enrolled) was written with the current key already.
      const replaced = await column.replace(
        row.id,
        row.sealed,
        seal(current, opened.plaintext, context),
      );
      if (replaced) counts.resealed += 1;
      else counts.current += 1;
    }
    cursor = rows.at(-1)?.id ?? cursor;
  }
}

function customerTotpColumn(db: Kysely<Database>): SealedColumn {
  return {
    purpose: 'totp-secret-encryption',
    async page(cursor, limit) {
      let query = db.selectFrom('totp').select(['account_id as id', 'secret_encrypted as sealed']);
      if (cursor !== null) query = query.where('account_id', '>', cursor);
      return query.orderBy('account_id').limit(limit).execute();
    },
    context: (accountId) => accountId,
    async replace(accountId, sealed, resealed) {
      const result = await db
        .updateTable('totp')
        .set({ secret_encrypted: resealed })
        .where('account_id', '=', accountId)
        .where('secret_encrypted', '=', sealed)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

function staffTotpColumn(db: Kysely<Database>): SealedColumn {
  return {
    purpose: 'totp-secret-encryption',
    async page(cursor, limit) {
      let query = db
        .selectFrom('staff')
        .select(['id', 'totp_secret_encrypted'])
        .where('totp_secret_encrypted', 'is not', null);
      if (cursor !== null) query = query.where('id', '>', cursor);
      const rows = await query.orderBy('id').limit(limit).execute();
      return rows.map((row) => ({ id: row.id, sealed: row.totp_secret_encrypted ?? '' }));
    },
    context: staffTotpContext,
    async replace(staffId, sealed, resealed) {
      const result = await db
        .updateTable('staff')
        .set({ totp_secret_encrypted: resealed })
        .where('id', '=', staffId)
        .where('totp_secret_encrypted', '=', sealed)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

function bankAccountColumn(db: Kysely<Database>): SealedColumn {
  return {
    purpose: 'bank-account-encryption',
    async page(cursor, limit) {
      let query = db.selectFrom('mandates').select(['id', 'account_number_encrypted as sealed']);
      if (cursor !== null) query = query.where('id', '>', cursor);
      return query.orderBy('id').limit(limit).execute();
    },
    context: mandateContext,
    async replace(mandateId, sealed, resealed) {
      const result = await db
        .updateTable('mandates')
        .set({ account_number_encrypted: resealed })
        .where('id', '=', mandateId)
        .where('account_number_encrypted', '=', sealed)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

/**
 * `npm run rotate-key`: re-encrypts every TOTP secret (customers' and staff's) and every Direct
 * Debit account number under MARQUE_SECRET_KEY, reading each with whichever configured key opens
 * it. Safe while the servers run (each row is replaced only if unchanged) and safe to repeat.
 */
export async function reencryptSecrets(
  db: Kysely<Database>,
  keys: Pick<Config, 'secretKey' | 'previousSecretKeys'>,
): Promise<KeyRotationResult> {
  const customerTotpSecrets = await resealColumn(customerTotpColumn(db), keys);
  const staffTotpSecrets = await resealColumn(staffTotpColumn(db), keys);
  const bankAccountNumbers = await resealColumn(bankAccountColumn(db), keys);
  const unused = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    customerTotpSecrets,
    staffTotpSecrets,
    bankAccountNumbers,
    unusedRecoveryCodes: unused.count,
  };
}
