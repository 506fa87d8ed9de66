import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRecoveryCode, newRecoveryCodes, recoveryCodeHash } from './recovery-codes.js';

describe('recovery codes', () => {
  it('come ten at a time as xxxx-xxxx-xx from a 32-symbol alphabet (50 bits each)', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    for (const code of codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{2}$/);
  });

  it('are read back whatever the case, spacing or hyphens, and with O, I, L for 0, 1, 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...newRecoveryCodes()), (code) => {
        const canonical = code.replace(/-/g, '');
        expect(canonicalRecoveryCode(code)).toBe(canonical);
        expect(canonicalRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toBe(canonical);
      }),
    );
    expect(canonicalRecoveryCode('OIL0-abcd-ef')).toBe('0110abcdef');
  });

  it('refuse anything that cannot be a code', () => {
    expect(canonicalRecoveryCode('123456')).toBeNull();
    expect(canonicalRecoveryCode('abcd-efgh-iu')).toBeNull();
    expect(canonicalRecoveryCode('')).toBeNull();
  });

  it('are stored as a keyed hash that differs per key', () => {
    const a = recoveryCodeHash(Buffer.alloc(32, 1), 'abcd1234ef');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash(Buffer.alloc(32, 2), 'abcd1234ef')).not.toBe(a);
  });
});
