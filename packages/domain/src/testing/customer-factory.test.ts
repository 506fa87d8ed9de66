import { beforeEach, describe, expect, it } from 'vitest';
import { isIsoDate } from '../calendar/iso-date.js';
import { isValidUkPostcode } from '../identity/uk-postcode.js';
import { aCustomer } from './customer-factory.js';
import { resetFactories } from './sequence.js';

beforeEach(() => {
  resetFactories();
});

describe('aCustomer', () => {
  it('defaults to a UK customer with a valid postcode, a real date of birth and fictional contact details', () => {
    const customer = aCustomer();
    expect(customer).toEqual({
      id: 'cus_00000001',
      title: 'Ms',
      givenName: 'Sarah',
      familyName: 'Whitfield',
      dateOfBirth: '1986-07-21',
      email: 'sarah.whitfield1@example.com',
      phone: '07700 900001',
      address: {
        line1: '22 Marlowe Close',
        town: 'Nottingham',
        postcode: 'NG7 2RD',
        country: 'GB',
      },
    });
    expect(isValidUkPostcode(customer.address.postcode)).toBe(true);
    expect(isIsoDate(customer.dateOfBirth)).toBe(true);
  });

  it('gives each customer its own id, e-mail and phone until the factories are reset', () => {
    const [first, second] = [aCustomer(), aCustomer()];
    expect(second.id).not.toBe(first.id);
    expect(second.email).not.toBe(first.email);
    expect(second.phone).not.toBe(first.phone);
    resetFactories();
    expect(aCustomer().id).toBe(first.id);
  });

  it('applies overrides and merges a partial address into the default one', () => {
    const customer = aCustomer({ givenName: 'Tom', address: { postcode: 'LS6 2QT' } });
    expect(customer.givenName).toBe('Tom');
    expect(customer.address).toEqual({
      line1: '22 Marlowe Close',
      town: 'Nottingham',
      postcode: 'LS6 2QT',
      country: 'GB',
    });
  });

  it('gives a US customer a US address and phone number', () => {
    const customer = aCustomer({ address: { country: 'US' } });
    expect(customer.address).toMatchObject({ country: 'US', postcode: '19107' });
    expect(customer.phone).toBe('+1 215-555-0101');
  });
});
