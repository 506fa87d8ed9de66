import { createHmac, randomInt } from 'node:crypto';

/** Crockford's Base32 alphabet: 32 symbols with no I, L, O or U to misread. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 10;
export const RECOVERY_CODE_COUNT = 10;

/** One code: 10 symbols of 5 bits (50 bits), shown as 'xxxx-xxxx-xx'. */
function newRecoveryCode(): string {
  let symbols = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) symbols += ALPHABET[randomInt(ALPHABET.length)] ?? '';
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** Ten fresh single-use recovery codes (NIST SP 800-63B look-up secrets, ≥ 20 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/**
 * The canonical form of what the customer typed: case, spaces and hyphens ignored, and the
 * letters Crockford's alphabet leaves out read as the digits they resemble. Null when it cannot
 * be a recovery code.
 */
export function canonicalRecoveryCode(typed: string): string | null {
  const symbols = typed
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (symbols.length !== CODE_LENGTH) return null;
  for (const symbol of symbols) if (!ALPHABET.includes(symbol)) return null;
  return symbols;
}

/**
 * How a recovery code is stored: HMAC-SHA-256 under a server-side key. The codes carry 50 bits of
 * entropy, so a slow hash adds nothing, and the key makes a stolen table useless on its own.
 */
export function recoveryCodeHash(pepper: Buffer, canonicalCode: string): string {
  return createHmac('sha256', pepper).update(canonicalCode, 'utf8').digest('hex');
}
