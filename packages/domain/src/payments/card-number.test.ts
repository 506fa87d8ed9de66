import { describe, expect, it } from 'vitest';
import { maskPan } from './card-number.js';

describe('maskPan', () => {
  it('shows only the last four digits of a card number', () => {
    expect(maskPan('4242424242424242')).toBe('•••• 4242');
  });

  it('ignores the spaces and hyphens a number was typed with', () => {
    expect(maskPan('5555 5555-5555 4444')).toBe('•••• 4444');
  });

  it('reveals no digits of anything that is not a 12–19 digit card number', () => {
    expect(maskPan('12345678901')).toBe('••••');
    expect(maskPan('12345678901234567890')).toBe('••••');
    expect(maskPan('4242x4242424242424242')).toBe('••••');
    expect(maskPan('')).toBe('••••');
  });
});
