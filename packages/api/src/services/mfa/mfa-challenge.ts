import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { instant, secondsAfter } from '../time/instant.js';

/** A challenge lasts 5 minutes and allows 5 codes, then the customer signs in again. */
export const MFA_CHALLENGE_SECONDS = 5 * 60;
export const MFA_CHALLENGE_MAX_ATTEMPTS = 5;

export interface MfaChallenge {
  id: string;
  accountId: string;
  deviceId: string | null;
  attempts: number;
}

/** Opens the second step of a sign-in for the account; returns the random token the client holds. */
export async function openMfaChallenge(
  db: Kysely<Database>,
  accountId: string,
  deviceId: string | null,
  now: Date,
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('mfa_challenges')
    .values({
      id: crypto.randomUUID(),
      account_id: accountId,
      challenge_hash: sha256Hex(token),
      device_id: deviceId,
      attempts: 0,
      expires_at: secondsAfter(now, MFA_CHALLENGE_SECONDS),
      used_at: null,
      created_at: instant(now),
    })
    .execute();
  return token;
}

/** The open challenge a token names: unused, unexpired and with attempts left; otherwise null. */
export async function findOpenMfaChallenge(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<MfaChallenge | null> {
  const row = await db
    .selectFrom('mfa_challenges')
    .selectAll()
    .where('challenge_hash', '=', sha256Hex(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', instant(now))
    .where('attempts', '<', MFA_CHALLENGE_MAX_ATTEMPTS)
    .executeTakeFirst();
  return row === undefined
    ? null
    : { id: row.id, accountId: row.account_id, deviceId: row.device_id, attempts: row.attempts };
}

/** Counts a wrong code against the challenge. */
export async function countMfaAttempt(db: Kysely<Database>, challengeId: string): Promise<void> {
  await db
    .updateTable('mfa_challenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', challengeId)
    .execute();
}

/** Closes a challenge for good; false if it was already closed (a concurrent success). */
export async function closeMfaChallenge(
  db: Kysely<Database>,
  challengeId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('mfa_challenges')
    .set({ used_at: instant(now) })
    .where('id', '=', challengeId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
