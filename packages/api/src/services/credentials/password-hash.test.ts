import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  passwordNeedsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from './password-hash.js';

describe('password hashing', () => {
  it('uses argon2id with the OWASP parameters (19 MiB, 2 iterations, 1 lane)', async () => {
    const hash = await hashPassword('Lantern-Orchard-Velvet-42');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, 'Lantern-Orchard-Velvet-42')).toBe(true);
    expect(await verifyPassword(hash, 'lantern-orchard-velvet-42')).toBe(false);
    expect(passwordNeedsRehash(hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(
      await hashPassword('same password here'),
    );
  });

  it('verifies the same password typed in another Unicode form (NFKC)', async () => {
    const hash = await hashPassword('caf\u00e9 au lait, s\u2019il vous pla\u00eet');
    expect(await verifyPassword(hash, 'cafe\u0301 au lait, s\u2019il vous pla\u00eet')).toBe(true);
  });

  it('asks for a re-hash of weaker hashes, and treats a malformed hash as a mismatch', async () => {
    const weak = await argon2.hash('x', {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    expect(passwordNeedsRehash(weak)).toBe(true);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('spends a real verify on the dummy hash and never matches', async () => {
    const started = performance.now();
    expect(await verifyAgainstDummy('anything at all')).toBe(false);
    await verifyAgainstDummy('anything at all');
    const second = performance.now();
    await verifyAgainstDummy('anything at all');
    expect(performance.now() - second).toBeGreaterThan(3);
    expect(second - started).toBeGreaterThan(3);
  });
});
