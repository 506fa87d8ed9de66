import type { Customer } from '../identity/customer.js';
import { nextInSequence } from './sequence.js';

type Address = Customer['address'];

/** Overrides for aCustomer; the address merges field by field, so `{ address: { postcode } }` keeps the rest. */
export type CustomerOverrides = Partial<Omit<Customer, 'address'>> & { address?: Partial<Address> };

// Invented addresses in the right format for each market.
const DEFAULT_ADDRESS: Readonly<Record<Address['country'], Address>> = {
  GB: { line1: '22 Marlowe Close', town: 'Nottingham', postcode: 'NG7 2RD', country: 'GB' },
  US: { line1: '1200 Walnut Street', town: 'Philadelphia, PA', postcode: '19107', country: 'US' },
};

/**
 * A customer with a unique id, e-mail and phone: the phone comes from the ranges kept for fiction
 * (Ofcom 07700 900xxx, US 555-01xx) and the e-mail from example.com, so no real person is contacted.
 */
export function aCustomer(overrides: CustomerOverrides = {}): Customer {
  const n = nextInSequence('customer');
  const country = overrides.address?.country ?? 'GB';
  const phone =
    country === 'GB'
      ? `07700 900${String(n % 1000).padStart(3, '0')}`
      : `+1 215-555-01${String(n % 100).padStart(2, '0')}`;
  return {
    id: `cus_${String(n).padStart(8, '0')}`,
    title: 'Ms',
    givenName: 'Sarah',
    familyName: 'Whitfield',
    dateOfBirth: '1986-07-21',
    email: `sarah.whitfield${n}@example.com`,
    phone,
    ...overrides,
    address: { ...DEFAULT_ADDRESS[country], ...overrides.address },
  };
}
