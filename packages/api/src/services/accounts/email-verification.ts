import type { Kysely } from 'kysely';
import type { EmailVerificationPurpose } from '../../db/account-security-tables.js';
import type { Database } from '../../db/schema.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { instant, secondsAfter } from '../time/instant.js';

/** An e-mail verification link lasts 24 hours. */
export const EMAIL_VERIFICATION_SECONDS = 24 * 60 * 60;

/** Creates a single-use link token proving `email` for the account; only its SHA-256 is stored. */
export async function createEmailVerification(
  db: Kysely<Database>,
  accountId: string,
  purpose: EmailVerificationPurpose,
  email: string,
  now: Date,
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('email_verifications')
    .values({
      id: crypto.randomUUID(),
      account_id: accountId,
      purpose,
      email,
      token_hash: sha256Hex(token),
      expires_at: secondsAfter(now, EMAIL_VERIFICATION_SECONDS),
      used_at: null,
      created_at: instant(now),
    })
    .execute();
  return token;
}

/**
 * Spends a verification token: the account and address it proves, once, before it expires;
 * otherwise null. The update is conditional, so two clicks racing cannot both succeed.
 */
export async function consumeEmailVerification(
  db: Kysely<Database>,
  token: string,
  purpose: EmailVerificationPurpose,
  now: Date,
): Promise<{ accountId: string; email: string } | null> {
  const at = instant(now);
  const row = await db
    .selectFrom('email_verifications')
    .select(['id', 'account_id', 'email'])
    .where('token_hash', '=', sha256Hex(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  if (row === undefined) return null;
  const spent = await db
    .updateTable('email_verifications')
    .set({ used_at: at })
    .where('id', '=', row.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1
    ? { accountId: row.account_id, email: row.email }
    : null;
}
