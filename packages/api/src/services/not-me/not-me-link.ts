import type { Kysely } from 'kysely';
import type { NotMeAlert } from '../../db/passkey-tables.js';
import type { Database } from '../../db/schema.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { instant, secondsAfter } from '../time/instant.js';

/**
 * A "this wasn't me" link lasts 14 days: alerts are often read days later, and the link can only
 * lock the account (never open it), so a longer life costs the customer nothing.
 */
export const NOT_ME_LINK_SECONDS = 14 * 24 * 60 * 60;

/** Mints the single-use link an alert e-mail carries; only the token's SHA-256 is stored. */
export async function notMeLink(
  db: Kysely<Database>,
  publicWebUrl: string,
  accountId: string,
  alert: NotMeAlert,
  now: Date,
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('not_me_tokens')
    .values({
      id: crypto.randomUUID(),
      account_id: accountId,
      token_hash: sha256Hex(token),
      alert,
      expires_at: secondsAfter(now, NOT_ME_LINK_SECONDS),
      used_at: null,
      created_at: instant(now),
    })
    .execute();
  return `${publicWebUrl}/not-me?token=${token}`;
}
