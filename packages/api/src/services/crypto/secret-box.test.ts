import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKey } from './derived-keys.js';
import { randomToken, sha256Hex } from './random-token.js';
import { open, seal, SecretBoxError } from './secret-box.js';

const master = Buffer.alloc(32, 1);
const key = deriveKey(master, 'totp-secret-encryption');

describe('seal / open (AES-256-GCM)', () => {
  it('opens what it sealed, for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, context) => {
        expect(open(key, seal(key, text, context), context)).toBe(text);
      }),
    );
  });

  it('never produces the same ciphertext twice (random IV)', () => {
    expect(seal(key, 'JBSWY3DPEHPK3PXP', 'a')).not.toBe(seal(key, 'JBSWY3DPEHPK3PXP', 'a'));
  });

  it('refuses another context, another key or a tampered ciphertext', () => {
    const sealed = seal(key, 'secret', 'account-1');
    expect(() => open(key, sealed, 'account-2')).toThrow(SecretBoxError);
    expect(() => open(deriveKey(master, 'device-cookie-signing'), sealed, 'account-1')).toThrow(
      SecretBoxError,
    );
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => open(key, tampered, 'account-1')).toThrow(SecretBoxError);
    expect(() => open(key, 'garbage', 'account-1')).toThrow(SecretBoxError);
  });
});

describe('tokens', () => {
  it('are 256 bits by default and refuse fewer than 128', () => {
    expect(Buffer.from(randomToken(), 'base64url')).toHaveLength(32);
    expect(() => randomToken(8)).toThrow(RangeError);
  });

  it('are stored as SHA-256 hex', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
