import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { deriveKey, deriveKeys, openWithAnyKey, seal } from '../crypto/index.js';
import { instant } from '../time/instant.js';
import { canonicalRecoveryCode, newRecoveryCodes, recoveryCodeHash } from './recovery-codes.js';

/** The keys the second factor needs, derived once from MARQUE_SECRET_KEY. */
export interface SecondFactorKeys {
  totpEncryption: Buffer;
  recoveryPepper: Buffer;
  /** For reading: `totpEncryption` first, then the same key from each key being rotated out. */
  totpDecryption: readonly Buffer[];
  /** For checking codes: `recoveryPepper` first, then those of the keys being rotated out. */
  recoveryPeppers: readonly Buffer[];
}

/** Pass MARQUE_PREVIOUS_SECRET_KEYS wherever a secret is read or a code checked. */
export function secondFactorKeys(
  secretKey: Buffer,
  previousSecretKeys: readonly Buffer[] = [],
): SecondFactorKeys {
  return {
    totpEncryption: deriveKey(secretKey, 'totp-secret-encryption'),
    recoveryPepper: deriveKey(secretKey, 'recovery-code-pepper'),
    totpDecryption: deriveKeys(secretKey, previousSecretKeys, 'totp-secret-encryption'),
    recoveryPeppers: deriveKeys(secretKey, previousSecretKeys, 'recovery-code-pepper'),
  };
}

export interface StoredTotp {
  secret: string;
  confirmed: boolean;
  lastTimeStep: number | null;
}

/** The account's TOTP secret (decrypted), whether it is confirmed, and the last step accepted. */
export async function loadTotp(
  db: Kysely<Database>,
  keys: SecondFactorKeys,
  accountId: string,
): Promise<StoredTotp | null> {
  const row = await db
    .selectFrom('totp')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    secret: openWithAnyKey(keys.totpDecryption, row.secret_encrypted, accountId).plaintext,
    confirmed: row.confirmed_at !== null,
    lastTimeStep: row.last_time_step,
  };
}

/** Whether the account has a confirmed authenticator. */
export async function hasConfirmedTotp(db: Kysely<Database>, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('totp')
    .select('confirmed_at')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.confirmed_at != null;
}

/**
 * Stores a TOTP secret, encrypted with AES-256-GCM and bound to the account; pending until
 * confirmed with a code, unless `confirmed` (the demo seed). Replaces any earlier secret.
 */
export async function storeTotpSecret(
  db: Kysely<Database>,
  keys: SecondFactorKeys,
  accountId: string,
  secret: string,
  now: Date,
  options: { confirmed: boolean },
): Promise<void> {
  const values = {
    secret_encrypted: seal(keys.totpEncryption, secret, accountId),
    confirmed_at: options.confirmed ? instant(now) : null,
    last_time_step: null,
    created_at: instant(now),
  };
  await db
    .insertInto('totp')
    .values({ account_id: accountId, ...values })
    .onConflict((conflict) => conflict.column('account_id').doUpdateSet(values))
    .execute();
}

/**
 * Records an accepted step, and confirms the secret. Conditional on the step moving forward, so
 * two requests racing with the same code cannot both succeed; false when this one lost.
 */
export async function acceptTimeStep(
  db: Kysely<Database>,
  accountId: string,
  timeStep: number,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('totp')
    .set((eb) => ({
      last_time_step: timeStep,
      confirmed_at: eb.fn.coalesce('confirmed_at', eb.val(instant(now))),
    }))
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('last_time_step', 'is', null), eb('last_time_step', '<', timeStep)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the account's recovery codes with ten new ones; returns them to show once. */
export async function replaceRecoveryCodes(
  db: Kysely<Database>,
  keys: SecondFactorKeys,
  accountId: string,
  now: Date,
): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
    await trx
      .insertInto('recovery_codes')
      .values(
        codes.map((code) => ({
          id: crypto.randomUUID(),
          account_id: accountId,
          code_hash: recoveryCodeHash(keys.recoveryPepper, canonicalRecoveryCode(code) ?? code),
          used_at: null,
          created_at: instant(now),
        })),
      )
      .execute();
  });
  return codes;
}

/** Spends a recovery code: true once per code (the update is conditional on it being unused). */
export async function useRecoveryCode(
  db: Kysely<Database>,
  keys: SecondFactorKeys,
  accountId: string,
  typed: string,
  now: Date,
): Promise<boolean> {
  const canonical = canonicalRecoveryCode(typed);
  if (canonical === null) return false;
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: instant(now) })
    .where('account_id', '=', accountId)
    // Codes issued before a key rotation were hashed with a retired key's pepper.
    .where(
      'code_hash',
      'in',
      keys.recoveryPeppers.map((pepper) => recoveryCodeHash(pepper, canonical)),
    )
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many unused recovery codes the account has left. */
export async function remainingRecoveryCodes(
  db: Kysely<Database>,
  accountId: string,
): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Turns the second factor off: the secret and every recovery code go. */
export async function removeSecondFactor(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('totp').where('account_id', '=', accountId).execute();
    await trx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  });
}
