import { describe, expect, it } from 'vitest';
import { maskedAgreementNumber, postcodeArea } from './masked-answers.js';

describe('answers shown before the caller is verified', () => {
  it('keep only the last four characters of an agreement number', () => {
    expect(maskedAgreementNumber('MQ20240108')).toBe('••••0108');
  });

  it('keep only the postcode area', () => {
    expect(postcodeArea('YO24 1BP')).toBe('YO24');
    expect(postcodeArea(' SW1A 1AA ')).toBe('SW1A');
    expect(postcodeArea('10001-1234')).toBe('100••');
    expect(postcodeArea('YO241BP')).toBe('••••');
  });
});
