import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { deriveKey, deriveKeys } from '../crypto/index.js';
import { instant } from '../time/instant.js';
import { signDeviceCookie, verifyDeviceCookie } from './device-cookie.js';

/** The key device cookies are signed with, derived from MARQUE_SECRET_KEY. */
export function deviceCookieKey(secretKey: Buffer): Buffer {
  return deriveKey(secretKey, 'device-cookie-signing');
}

/**
 * The keys a device cookie may be signed with: the current one, then those of the keys being
 * rotated out (a cookie is signed again with the current key at the device's next sign-in).
 */
export function deviceCookieKeys(
  secretKey: Buffer,
  previousSecretKeys: readonly Buffer[],
): Buffer[] {
  return deriveKeys(secretKey, previousSecretKeys, 'device-cookie-signing');
}

/**
 * The device id a request's cookie vouches for, when it is signed by us, names this account and
 * the device is still on record; null otherwise (then the account-wide lockout counter applies).
 */
export async function trustedDeviceId(
  db: Kysely<Database>,
  keys: readonly Buffer[],
  cookie: string | null,
  accountId: string,
): Promise<string | null> {
  if (cookie === null) return null;
  const binding = keys
    .map((key) => verifyDeviceCookie(key, cookie))
    .find((verified) => verified !== null);
  if (binding?.accountId !== accountId) return null;
  const device = await db
    .selectFrom('devices')
    .select('id')
    .where('id', '=', binding.deviceId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return device?.id ?? null;
}

export interface RememberedDevice {
  deviceId: string;
  /** The signed cookie value binding the device to the account. */
  cookieValue: string;
  /** A browser this account has not completed a sign-in on before. */
  isNew: boolean;
  /** The account had no device at all before (its very first sign-in). */
  isFirst: boolean;
}

/** Records a completed sign-in on a device, creating the device if it is new to the account. */
export async function rememberDevice(
  db: Kysely<Database>,
  key: Buffer,
  accountId: string,
  knownDeviceId: string | null,
  userAgent: string | null,
  now: Date,
): Promise<RememberedDevice> {
  const at = instant(now);
  if (knownDeviceId !== null) {
    await db
      .updateTable('devices')
      .set({ last_seen_at: at, user_agent: userAgent })
      .where('id', '=', knownDeviceId)
      .execute();
    return {
      deviceId: knownDeviceId,
      cookieValue: signDeviceCookie(key, { accountId, deviceId: knownDeviceId }),
      isNew: false,
      isFirst: false,
    };
  }
  const existing = await db
    .selectFrom('devices')
    .select('id')
    .where('account_id', '=', accountId)
    .limit(1)
    .executeTakeFirst();
  const deviceId = crypto.randomUUID();
  await db
    .insertInto('devices')
    .values({
      id: deviceId,
      account_id: accountId,
      user_agent: userAgent,
      created_at: at,
      last_seen_at: at,
    })
    .execute();
  return {
    deviceId,
    cookieValue: signDeviceCookie(key, { accountId, deviceId }),
    isNew: true,
    isFirst: existing === undefined,
  };
}
