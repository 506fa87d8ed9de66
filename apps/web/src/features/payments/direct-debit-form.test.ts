import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionDayOf, formFieldErrors } from './direct-debit-form.js';

describe('the Direct Debit form', () => {
  it('takes a collection day from 1 to 28 only', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 99 }), (day) => {
        expect(collectionDayOf(String(day))).toBe(day >= 1 && day <= 28 ? day : null);
      }),
    );
    expect(collectionDayOf(' 7 ')).toBe(7);
    expect(collectionDayOf('7.5')).toBeNull();
    expect(collectionDayOf('')).toBeNull();
  });

  it('puts the API’s sort code error on the bank code box in the UK and the routing number’s in the US', () => {
    const api = { sortCode: 'Check the sort code.', routingNumber: 'Check the routing number.' };
    expect(formFieldErrors(api, 'UK')).toEqual({ bankCode: 'Check the sort code.' });
    expect(formFieldErrors(api, 'US')).toEqual({ bankCode: 'Check the routing number.' });
    expect(formFieldErrors({ accountNumber: 'Check it.' }, 'UK')).toEqual({
      accountNumber: 'Check it.',
    });
  });
});
