import { describe, expect, it } from 'vitest';
import { parseMileageInput } from './mileage-input.js';

describe('parseMileageInput', () => {
  it('reads whole miles with or without thousands separators or the word miles', () => {
    expect(parseMileageInput('18500')).toBe(18_500);
    expect(parseMileageInput('24,000')).toBe(24_000);
    expect(parseMileageInput(' 30,000 miles ')).toBe(30_000);
    expect(parseMileageInput('0')).toBe(0);
  });

  it('refuses fractions, negatives, words and absurd distances', () => {
    for (const text of ['', '12.5', '-100', 'lots', '1,00', '99,999,999', '12345678']) {
      expect(parseMileageInput(text)).toBeNull();
    }
  });
});
