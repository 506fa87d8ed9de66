import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

const VERSION = 'v1';

/**
 * Encrypts with AES-256-GCM (NIST SP 800-38D: 96-bit random IV, 128-bit tag). `context` is bound as
 * associated data, so a ciphertext copied to another account's row does not decrypt.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/**
 * Decrypts with the first of `keys` that opens the value (during a key rotation: the current key,
 * then the ones being retired), saying which one did; throws SecretBoxError when none does.
 */
export function openWithAnyKey(
  keys: readonly Buffer[],
  sealed: string,
  context: string,
): { plaintext: string; keyIndex: number } {
  for (const [keyIndex, key] of keys.entries()) {
    try {
      return { plaintext: open(key, sealed, context), keyIndex };
    } catch (error) {
      if (!(error instanceof SecretBoxError)) throw error;
    }
  }
  throw new SecretBoxError('the sealed value does not open with any configured key');
}

/** Decrypts what `seal` produced with the same key and context; throws SecretBoxError otherwise. */
export function open(key: Buffer, sealed: string, context: string): string {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== VERSION || iv === undefined || body === undefined || tag === undefined) {
    throw new SecretBoxError('not a sealed value');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch (error) {
    throw new SecretBoxError('the sealed value does not open with this key and context', {
      cause: error,
    });
  }
}
