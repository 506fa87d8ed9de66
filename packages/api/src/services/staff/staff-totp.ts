import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { openWithAnyKey, seal } from '../crypto/index.js';
import type { SecondFactorKeys } from '../mfa/second-factor-store.js';
import { instant } from '../time/instant.js';

// Staff TOTP secrets use the customers' encryption key but are bound to `staff:<id>`, so a
// ciphertext moved between a staff row and a customer's cannot decrypt.
export function sealingContext(staffId: string): string {
  return `staff:${staffId}`;
}

export interface StaffTotp {
  secret: string;
  confirmed: boolean;
  lastTimeStep: number | null;
}

/** The member's TOTP secret (decrypted), whether it is proved, and the last step accepted. */
export async function loadStaffTotp(
  db: Kysely<Database>,
  keys: SecondFactorKeys,
  staffId: string,
): Promise<StaffTotp | null> {
  const row = await db
    .selectFrom('staff')
    .select(['totp_secret_encrypted', 'totp_confirmed_at', 'totp_last_time_step'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  if (row?.totp_secret_encrypted == null) return null;
  return {
    secret: openWithAnyKey(keys.totpDecryption, row.totp_secret_encrypted, sealingContext(staffId))
      .plaintext,
    confirmed: row.totp_confirmed_at !== null,
    lastTimeStep: row.totp_last_time_step,
  };
}

/**
 * Stores a new secret, pending until a code proves it (or confirmed at once for the demo seed).
 * Only while no proved secret exists: an enrolled authenticator is replaced only by an admin's reset.
 */
export async function storeStaffTotpSecret(
  db: Kysely<Database>,
  keys: SecondFactorKeys,
  staffId: string,
  secret: string,
  now: Date,
  options: { confirmed: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('staff')
    .set({
      totp_secret_encrypted: seal(keys.totpEncryption, secret, sealingContext(staffId)),
      totp_confirmed_at: options.confirmed ? instant(now) : null,
      totp_last_time_step: null,
    })
    .where('id', '=', staffId)
    .where('totp_confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records an accepted time step and marks the secret proved. Conditional on the step moving
 * forward, so two requests racing with one code cannot both succeed; false for the loser.
 */
export async function acceptStaffTimeStep(
  db: Kysely<Database>,
  staffId: string,
  timeStep: number,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('staff')
    .set((eb) => ({
      totp_last_time_step: timeStep,
      totp_confirmed_at: eb.fn.coalesce('totp_confirmed_at', eb.val(instant(now))),
    }))
    .where('id', '=', staffId)
    .where((eb) =>
      eb.or([eb('totp_last_time_step', 'is', null), eb('totp_last_time_step', '<', timeStep)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Forgets the member's authenticator: the next sign-in enrols a new one. */
export async function clearStaffTotp(db: Kysely<Database>, staffId: string): Promise<void> {
  await db
    .updateTable('staff')
    .set({ totp_secret_encrypted: null, totp_confirmed_at: null, totp_last_time_step: null })
    .where('id', '=', staffId)
    .execute();
}
