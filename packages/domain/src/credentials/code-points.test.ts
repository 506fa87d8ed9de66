import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, codePointPrefix } from './code-points.js';

describe('code points', () => {
  it('counts an emoji as one character, though it is two UTF-16 units', () => {
    expect('🚗'.length).toBe(2);
    expect(codePointLength('car 🚗')).toBe(5);
  });

  it('cuts a prefix without splitting a surrogate pair', () => {
    expect(codePointPrefix('ab🚗cd', 3)).toBe('ab🚗');
    expect(codePointPrefix('ab', 10)).toBe('ab');
  });

  it('agrees with Array.from for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(40), (text, limit) => {
        const chars = Array.from(text);
        expect(codePointLength(text)).toBe(chars.length);
        expect(codePointPrefix(text, limit)).toBe(chars.slice(0, limit).join(''));
      }),
    );
  });
});
