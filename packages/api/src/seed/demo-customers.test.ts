import { isValidUkPostcode, normaliseAgreementNumber } from '@marque/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMERS } from './demo-customers.js';

describe('demo customers', () => {
  const agreements = DEMO_CUSTOMERS.flatMap((demo) => demo.agreements);

  it('live at well-formed UK postcodes', () => {
    for (const { customer } of DEMO_CUSTOMERS)
      expect(isValidUkPostcode(customer.postcode)).toBe(true);
  });

  it('use only the phone range and e-mail domain reserved for fiction', () => {
    for (const { customer } of DEMO_CUSTOMERS) {
      expect(customer.phone).toMatch(/^07700 900\d{3}$/);
      expect(customer.email).toMatch(/@example\.com$/);
    }
  });

  it('hold agreements with unique numbers already in canonical form', () => {
    const numbers = agreements.map((a) => a.agreementNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(normaliseAgreementNumber(number)).toBe(number);
  });

  it('keep cash price − deposit = amount of credit on every HP and PCP', () => {
    for (const { terms } of agreements) {
      if (terms.type !== 'LEASE')
        expect(terms.cashPrice - terms.deposit).toBe(terms.amountOfCredit);
    }
  });
});
