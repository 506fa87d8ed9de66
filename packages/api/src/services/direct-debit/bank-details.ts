import { deriveKey } from '../crypto/derived-keys.js';
import { open, seal } from '../crypto/secret-box.js';

/** Bound to the mandate id, so a ciphertext copied onto another mandate does not open. */
function context(mandateId: string): string {
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

/** The account number a sealed value holds; only the submission file needs it. */
export function openAccountNumber(secretKey: Buffer, mandateId: string, sealed: string): string {
  return open(deriveKey(secretKey, 'bank-account-encryption'), sealed, context(mandateId));
}

/** How an account number is shown anywhere outside the submission file: '****5678'. */
export function maskAccountNumber(last4: string): string {
  return `****${last4}`;
}
