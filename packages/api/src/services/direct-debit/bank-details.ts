import { deriveKey, deriveKeys } from '../crypto/derived-keys.js';
import { openWithAnyKey, seal } from '../crypto/secret-box.js';

/** Bound to the mandate id, so a ciphertext copied onto another mandate does not open. */
export function context(mandateId: string): string {
  return `mandate:${mandateId}`;
}

/** The account number sealed for storage (AES-256-GCM under the bank-details key). */
export function sealAccountNumber(
  secretKey: Buffer,
  mandateId: string,
  accountNumber: string,
): string {
  return seal(deriveKey(secretKey, 'bank-account-encryption'), accountNumber, context(mandateId));
}

/**
 * The account number a sealed value holds; only the submission file needs it. Sealed before a key
 * rotation, it opens with the retired key until `npm run rotate-key` has re-sealed it.
 */
export function openAccountNumber(
  secretKey: Buffer,
  previousSecretKeys: readonly Buffer[],
  mandateId: string,
  sealed: string,
): string {
  const keys = deriveKeys(secretKey, previousSecretKeys, 'bank-account-encryption');
  return openWithAnyKey(keys, sealed, context(mandateId)).plaintext;
}

/** How an account number is shown anywhere outside the submission file: '****5678'. */
export function maskAccountNumber(last4: string): string {
  return `****${last4}`;
}
