import type { Kysely } from 'kysely';
import type { PasskeyRow } from '../../db/passkey-tables.js';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';

/** A customer may keep this many passkeys: enough for every device, bounded against abuse. */
export const MAX_PASSKEYS_PER_ACCOUNT = 10;

/** The passkey as the customer's Security page lists it. */
export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Synced between the customer's devices by their platform (e.g. a phone's password manager). */
  synced: boolean;
}

export function passkeyView(row: PasskeyRow): PasskeyView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    synced: row.multi_device === 1,
  };
}

/**
 * The passkey as the browser is told of it in later prompts (allow and exclude lists): its id and
 * the transports the browser reported when it was made, which help it find the authenticator.
 */
export function credentialDescriptor(row: PasskeyRow): { id: string; transports?: string[] } {
  const parsed: unknown = row.transports === null ? null : JSON.parse(row.transports);
  const transports = Array.isArray(parsed)
    ? parsed.filter((value): value is string => typeof value === 'string')
    : null;
  return transports === null ? { id: row.credential_id } : { id: row.credential_id, transports };
}

export function passkeysOf(db: Kysely<Database>, accountId: string): Promise<PasskeyRow[]> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findPasskeyByCredentialId(
  db: Kysely<Database>,
  credentialId: string,
): Promise<PasskeyRow | undefined> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('credential_id', '=', credentialId)
    .executeTakeFirst();
}

/** One of the account's own passkeys; another account's id finds nothing. */
export function findOwnPasskey(
  db: Kysely<Database>,
  accountId: string,
  passkeyId: string,
): Promise<PasskeyRow | undefined> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('id', '=', passkeyId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export interface NewPasskey {
  accountId: string;
  credentialId: string;
  publicKey: Uint8Array;
  signCount: number;
  transports: string[] | undefined;
  multiDevice: boolean;
  backedUp: boolean;
  name: string;
}

export function insertPasskey(
  db: Kysely<Database>,
  passkey: NewPasskey,
  now: Date,
): Promise<PasskeyRow> {
  return db
    .insertInto('passkeys')
    .values({
      id: crypto.randomUUID(),
      account_id: passkey.accountId,
      credential_id: passkey.credentialId,
      public_key: Buffer.from(passkey.publicKey).toString('base64url'),
      sign_count: passkey.signCount,
      transports: passkey.transports === undefined ? null : JSON.stringify(passkey.transports),
      multi_device: passkey.multiDevice ? 1 : 0,
      backed_up: passkey.backedUp ? 1 : 0,
      name: passkey.name,
      created_at: instant(now),
      last_used_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Records a verified use. The counter must rise (WebAuthn §6.1.1: a counter that does not rise
 * means two copies of the key are in use); the check is in the update itself, so two answers
 * racing with the same counter cannot both pass. Authenticators without a counter send 0 always.
 * False when the use is refused as a copy.
 */
export async function recordPasskeyUse(
  db: Kysely<Database>,
  passkey: PasskeyRow,
  newCount: number,
  now: Date,
): Promise<boolean> {
  const withoutCounter = newCount === 0 && passkey.sign_count === 0;
  const result = await db
    .updateTable('passkeys')
    .set({ sign_count: newCount, last_used_at: instant(now) })
    .where('id', '=', passkey.id)
    .where('sign_count', withoutCounter ? '=' : '<', withoutCounter ? 0 : newCount)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
