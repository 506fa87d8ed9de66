import { hkdfSync } from 'node:crypto';

export type KeyPurpose =
  | 'totp-secret-encryption'
  | 'device-cookie-signing'
  | 'recovery-code-pepper'
  | 'bank-account-encryption';

/** One independent 256-bit key per purpose from MARQUE_SECRET_KEY (HKDF-SHA-256, RFC 5869). */
export function deriveKey(secretKey: Buffer, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), `marque/${purpose}`, 32));
}
