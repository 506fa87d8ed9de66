import { describe, expect, it } from 'vitest';
import { manualKey } from './manual-key.js';

describe('manualKey', () => {
  it('splits the secret into groups of four characters', () => {
    expect(manualKey('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(manualKey('abcdefghij')).toBe('ABCD EFGH IJ');
  });

  it('is empty for an empty secret', () => {
    expect(manualKey('')).toBe('');
  });
});
