import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret of `bytes` bytes (default 256 bits; never below 128, OWASP). */
export function randomToken(bytes = 32): string {
  if (bytes < 16) throw new RangeError('a token needs at least 128 bits');
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex: how tokens are stored, so a database leak does not leak usable tokens. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
