import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from './constant-time-equal.js';

describe('constantTimeEqual', () => {
  it('is true only for identical strings', () => {
    expect(constantTimeEqual('SW1A1AA', 'SW1A1AA')).toBe(true);
    expect(constantTimeEqual('SW1A1AA', 'SW1A1AB')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });

  it('tells a string from its own prefix, and from one padded with NUL characters', () => {
    expect(constantTimeEqual('AB12', 'AB123')).toBe(false);
    expect(constantTimeEqual('AB12', 'AB12\u0000')).toBe(false);
    expect(constantTimeEqual('', '\u0000')).toBe(false);
  });

  it('agrees with === for any pair of strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
      }),
    );
  });
});
