import { createHmac, timingSafeEqual } from 'node:crypto';
import { generateCookie } from 'hono/cookie';

export const DEVICE_COOKIE = '__Host-marque_device';
const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The (account, device) pair a device cookie vouches for. */
export interface DeviceBinding {
  accountId: string;
  deviceId: string;
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload, 'utf8').digest();
}

/** The cookie value for a device: `<deviceId>.<accountId>.<HMAC-SHA-256>` (OWASP device cookie). */
export function signDeviceCookie(key: Buffer, binding: DeviceBinding): string {
  const payload = `${binding.deviceId}.${binding.accountId}`;
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The binding a cookie value carries if its signature is ours, else null (compared in constant time). */
export function verifyDeviceCookie(key: Buffer, value: string): DeviceBinding | null {
  const parts = value.split('.');
  if (parts.length !== 3) return null;
  const [deviceId = '', accountId = '', signature = ''] = parts;
  const expected = mac(key, `${deviceId}.${accountId}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { accountId, deviceId };
}

/** Set-Cookie for the device cookie: long-lived, HttpOnly, Secure, SameSite=Strict, host-only. */
export function deviceCookieHeader(value: string): string {
  return generateCookie(DEVICE_COOKIE, value, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Strict',
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
