import type { SignedInCustomer } from '../auth/use-session.js';

/** A signed-in customer for component tests: auth.me's answer for hp.demo. */
export function testCustomer(overrides: Partial<SignedInCustomer> = {}): SignedInCustomer {
  return {
    customerId: '9a4c7d0e-5b1f-4f7a-8c2e-1d3b5a7c9e01',
    username: 'hp.demo',
    email: 'olivia.bennett@example.com',
    givenName: 'Olivia',
    familyName: 'Bennett',
    mfaEnabled: false,
    recoveryCodesLeft: 0,
    market: 'UK',
    ...overrides,
  };
}
