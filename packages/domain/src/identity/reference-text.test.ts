import { describe, expect, it } from 'vitest';
import { compactReference, normaliseAgreementNumber } from './reference-text.js';

describe('normaliseAgreementNumber', () => {
  it('upper-cases and strips spaces and hyphens', () => {
    expect(normaliseAgreementNumber('ab-123 456')).toBe('AB123456');
    expect(normaliseAgreementNumber('  AB123456\t')).toBe('AB123456');
  });

  it('treats other dashes and full-width characters as their plain forms', () => {
    expect(normaliseAgreementNumber('ab–123—456')).toBe('AB123456');
    expect(normaliseAgreementNumber('ＡＢ１２３')).toBe('AB123');
  });

  it('is idempotent', () => {
    const once = compactReference(' mf-0042 17 ');
    expect(compactReference(once)).toBe(once);
  });
});
