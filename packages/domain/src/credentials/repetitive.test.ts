import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRepetitive } from './repetitive.js';

describe('isRepetitive', () => {
  it('finds a short unit repeated over the whole password', () => {
    for (const password of ['aaaaaaaaaaaa', 'abcabcabcabc', 'xyzxyzxy', 'AbAbabAB', '🚗🚗🚗🚗']) {
      expect(isRepetitive(password), password).toBe(true);
    }
  });

  it('does not flag a password where the repetition covers only part', () => {
    for (const password of ['aaaaaaaaaaaa1', 'abcabcabcxyz', 'kettle violet', 'a']) {
      expect(isRepetitive(password), password).toBe(false);
    }
  });

  it('flags any unit repeated at least twice', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 6 }),
        (unit, times) => {
          expect(isRepetitive(unit.repeat(times))).toBe(true);
        },
      ),
    );
  });
});
