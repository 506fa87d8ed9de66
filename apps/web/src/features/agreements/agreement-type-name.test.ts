import { describe, expect, it } from 'vitest';
import { agreementTypeName } from './agreement-type-name.js';

describe('agreementTypeName', () => {
  it('uses the British product names in the UK', () => {
    expect(agreementTypeName('HP', 'UK')).toBe('Hire purchase');
    expect(agreementTypeName('PCP', 'UK')).toBe('Personal contract purchase (PCP)');
    expect(agreementTypeName('LEASE', 'UK')).toBe('Personal contract hire (lease)');
  });

  it('uses the American product names in the US', () => {
    expect(agreementTypeName('HP', 'US')).toBe('Retail installment contract');
    expect(agreementTypeName('PCP', 'US')).toBe('Balloon financing');
    expect(agreementTypeName('LEASE', 'US')).toBe('Lease');
  });
});
