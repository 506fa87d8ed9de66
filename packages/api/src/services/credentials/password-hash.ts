import argon2 from 'argon2';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

// NIST SP 800-63B: passwords are normalised (NFKC) before hashing, so the same password typed on
// different keyboards or platforms verifies.
function normalised(password: string): string {
  return password.normalize('NFKC');
}

/** Hashes a password with argon2id at the OWASP parameters (a random salt each time). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalised(password), ARGON2_OPTIONS);
}

/** True when `password` matches `hash`; a malformed hash is a non-match, never an exception. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalised(password));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than today's, so sign-in re-hashes it. */
export function passwordNeedsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, ARGON2_OPTIONS);
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends one argon2 verify against a fixed hash, so that an unknown username takes as long as a
 * wrong password (no user enumeration by timing). Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= argon2.hash('marque-dummy-password-for-equal-timing', ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}
