import type { Kysely } from 'kysely';
import type { WebAuthnPurpose } from '../../db/passkey-tables.js';
import type { Database } from '../../db/schema.js';
import { sha256Hex } from '../crypto/index.js';
import { instant, secondsAfter } from '../time/instant.js';

/** A WebAuthn challenge lasts 5 minutes, the same as the browser's own prompt. */
export const WEBAUTHN_CHALLENGE_SECONDS = 5 * 60;

/** What a challenge was issued to: the answer must come back through the same account, session or sign-in step. */
export interface ChallengeBinding {
  accountId: string | null;
  sessionId: string | null;
  mfaChallengeId: string | null;
}

export const UNBOUND: ChallengeBinding = { accountId: null, sessionId: null, mfaChallengeId: null };

/** Keeps a challenge server-side for one purpose and binding; expired ones are swept on the way. */
export async function storeChallenge(
  db: Kysely<Database>,
  challenge: string,
  purpose: WebAuthnPurpose,
  binding: ChallengeBinding,
  now: Date,
): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', instant(now)).execute();
  await db
    .insertInto('webauthn_challenges')
    .values({
      id: crypto.randomUUID(),
      challenge_hash: sha256Hex(challenge),
      purpose,
      account_id: binding.accountId,
      session_id: binding.sessionId,
      mfa_challenge_id: binding.mfaChallengeId,
      expires_at: secondsAfter(now, WEBAUTHN_CHALLENGE_SECONDS),
      used_at: null,
      created_at: instant(now),
    })
    .execute();
}

/**
 * Spends a challenge: true exactly once, for an unexpired challenge issued for this purpose and
 * binding. It is spent before the answer is checked, so a failed answer cannot be tried again.
 */
export async function spendChallenge(
  db: Kysely<Database>,
  challenge: string,
  purpose: WebAuthnPurpose,
  binding: ChallengeBinding,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('webauthn_challenges')
    .set({ used_at: instant(now) })
    .where('challenge_hash', '=', sha256Hex(challenge))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', instant(now))
    .where((eb) =>
      eb.and([
        binding.accountId === null
          ? eb('account_id', 'is', null)
          : eb('account_id', '=', binding.accountId),
        binding.sessionId === null
          ? eb('session_id', 'is', null)
          : eb('session_id', '=', binding.sessionId),
        binding.mfaChallengeId === null
          ? eb('mfa_challenge_id', 'is', null)
          : eb('mfa_challenge_id', '=', binding.mfaChallengeId),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The challenge a browser's answer signed (from its clientDataJSON), or null if unreadable. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const clientData: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString());
    if (typeof clientData !== 'object' || clientData === null) return null;
    const { challenge } = clientData as { challenge?: unknown };
    return typeof challenge === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(challenge)
      ? challenge
      : null;
  } catch {
    return null;
  }
}
