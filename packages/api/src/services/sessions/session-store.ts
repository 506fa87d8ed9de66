import type { Kysely } from 'kysely';
import type { SessionRow } from '../../db/account-security-tables.js';
import type { Database } from '../../db/schema.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { instant, secondsAfter } from '../time/instant.js';
import {
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  SESSION_TOUCH_SECONDS,
} from './session-policy.js';

export interface NewSession {
  accountId: string;
  customerId: string;
  deviceId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session with a fresh 256-bit secret; only its SHA-256 is stored. */
export async function createSession(
  db: Kysely<Database>,
  session: NewSession,
  now: Date,
): Promise<{ token: string; row: SessionRow }> {
  const token = randomToken(32);
  const at = instant(now);
  const row: SessionRow = {
    id: crypto.randomUUID(),
    token_hash: sha256Hex(token),
    account_id: session.accountId,
    customer_id: session.customerId,
    device_id: session.deviceId,
    ip: session.ip,
    user_agent: session.userAgent,
    created_at: at,
    last_seen_at: at,
    authenticated_at: at,
  };
  await db.insertInto('sessions').values(row).execute();
  return { token, row };
}

/** True while the session is inside both the idle (customers' unless given) and the absolute timeout. */
export function isSessionAlive(
  row: Pick<SessionRow, 'created_at' | 'last_seen_at'>,
  now: Date,
  idleSeconds = SESSION_IDLE_SECONDS,
): boolean {
  const idleEnd = secondsAfter(new Date(row.last_seen_at), idleSeconds);
  const absoluteEnd = secondsAfter(new Date(row.created_at), SESSION_ABSOLUTE_SECONDS);
  const at = instant(now);
  return at < idleEnd && at < absoluteEnd;
}

/**
 * The live session a cookie's secret belongs to, refreshing last_seen_at at most once a minute;
 * an expired session is deleted and gives null.
 */
export async function findLiveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (row === undefined) return null;
  if (!isSessionAlive(row, now)) {
    await db.deleteFrom('sessions').where('id', '=', row.id).execute();
    return null;
  }
  if (secondsAfter(new Date(row.last_seen_at), SESSION_TOUCH_SECONDS) <= instant(now)) {
    const lastSeen = instant(now);
    await db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeen })
      .where('id', '=', row.id)
      .execute();
    return { ...row, last_seen_at: lastSeen };
  }
  return row;
}

/** Records that the customer has just proved the password again in this session. */
export async function markReauthenticated(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ authenticated_at: instant(now) })
    .where('id', '=', sessionId)
    .execute();
}

/** Ends sessions of an account, all of them or all but one; returns how many ended. */
export async function endSessions(
  db: Kysely<Database>,
  accountId: string,
  options: { except?: string } = {},
): Promise<number> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (options.except !== undefined) query = query.where('id', '!=', options.except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
