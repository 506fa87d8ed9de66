import { describe, expect, it } from 'vitest';
import { cardTokenOf } from './card-fields.js';

describe('the hosted fields message', () => {
  it('is believed only in the provider’s exact shape', () => {
    expect(
      cardTokenOf({ type: 'marque-payment-token', token: 'tok_abc', brand: 'visa', last4: '4242' }),
    ).toEqual({ token: 'tok_abc', brand: 'visa', last4: '4242' });
    expect(
      cardTokenOf({ type: 'other', token: 'tok_abc', brand: 'visa', last4: '4242' }),
    ).toBeNull();
    expect(cardTokenOf({ type: 'marque-payment-token', token: 42 })).toBeNull();
    expect(cardTokenOf('marque-payment-token')).toBeNull();
    expect(cardTokenOf(null)).toBeNull();
  });
});
