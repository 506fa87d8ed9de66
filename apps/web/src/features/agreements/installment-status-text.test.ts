import { describe, expect, it } from 'vitest';
import { installmentStatusText } from './installment-status-text.js';

describe('installmentStatusText', () => {
  it('names every status in plain words', () => {
    expect(installmentStatusText('paid')).toBe('Paid');
    expect(installmentStatusText('part_paid')).toBe('Part paid');
    expect(installmentStatusText('due')).toBe('Upcoming');
    expect(installmentStatusText('overdue')).toBe('Overdue');
  });
});
