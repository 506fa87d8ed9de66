import { describe, expect, it } from 'vitest';
import { agreementPath, sectionsFor } from './agreement-sections.js';

describe('agreement sections', () => {
  it('offers settling, overpaying and handing back on credit agreements', () => {
    for (const type of ['HP', 'PCP'] as const) {
      expect(sectionsFor(type)).toEqual([
        'overview',
        'payments',
        'schedule',
        'transactions',
        'settlement',
        'overpayment',
        'voluntary-termination',
        'end-of-term',
      ]);
    }
  });

  it('leaves them out for a lease, which is hire rather than credit', () => {
    expect(sectionsFor('LEASE')).toEqual([
      'overview',
      'payments',
      'schedule',
      'transactions',
      'end-of-term',
    ]);
  });

  it('links to the overview at the agreement and to a section below it', () => {
    expect(agreementPath('a1')).toBe('/agreements/a1');
    expect(agreementPath('a1', 'transactions')).toBe('/agreements/a1/transactions');
  });
});
