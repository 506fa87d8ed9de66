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

/**
 * A purpose's keys for reading: from MARQUE_SECRET_KEY first, then from each key being rotated out
 * (MARQUE_PREVIOUS_SECRET_KEYS), so values written before a rotation still open. Writing always
 * uses the first.
 */
export function deriveKeys(
  secretKey: Buffer,
  previousSecretKeys: readonly Buffer[],
  purpose: KeyPurpose,
): Buffer[] {
  return [secretKey, ...previousSecretKeys].map((key) => deriveKey(key, purpose));
}
