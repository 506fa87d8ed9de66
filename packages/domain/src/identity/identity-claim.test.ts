import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../calendar/iso-date.js';
import { identityMatches, type IdentityClaim } from './identity-claim.js';
import { compactReference } from './reference-text.js';

const UK_RECORD: IdentityClaim = {
  market: 'UK',
  agreementNumber: 'AB123456',
  dateOfBirth: '1985-03-14',
  postcode: 'SW1A 1AA',
};

const US_RECORD: IdentityClaim = {
  market: 'US',
  accountNumber: '7700-1234-5678',
  ssnLast4: '6789',
  dateOfBirth: '1979-11-02',
};

describe('identityMatches', () => {
  it('matches a UK claim typed with different spacing, case and hyphens', () => {
    const claim: IdentityClaim = {
      market: 'UK',
      agreementNumber: 'ab-123 456',
      dateOfBirth: ' 1985-03-14 ',
      postcode: ' sw1a 1aa ',
    };
    expect(identityMatches(claim, UK_RECORD)).toBe(true);
  });

  it('matches a US claim with the account number unformatted and a date without leading zeros', () => {
    const claim: IdentityClaim = {
      market: 'US',
      accountNumber: '770012345678',
      ssnLast4: ' 6789',
      dateOfBirth: '1979-11-2',
    };
    expect(identityMatches(claim, US_RECORD)).toBe(true);
  });

  it('refuses a UK claim with any single field wrong', () => {
    for (const wrong of [
      { agreementNumber: 'AB123457' },
      { dateOfBirth: '1985-03-15' },
      { postcode: 'SW1A 2AA' },
    ]) {
      expect(identityMatches({ ...UK_RECORD, ...wrong }, UK_RECORD), JSON.stringify(wrong)).toBe(
        false,
      );
    }
  });

  it('refuses a US claim with any single field wrong', () => {
    for (const wrong of [
      { accountNumber: '7700-1234-5679' },
      { ssnLast4: '6788' },
      { dateOfBirth: '1979-11-03' },
    ]) {
      expect(identityMatches({ ...US_RECORD, ...wrong }, US_RECORD), JSON.stringify(wrong)).toBe(
        false,
      );
    }
  });

  it('refuses a claim for the other market', () => {
    expect(identityMatches(US_RECORD, UK_RECORD)).toBe(false);
    expect(identityMatches(UK_RECORD, US_RECORD)).toBe(false);
  });

  it('never matches an empty or malformed field, even against the same on the record', () => {
    for (const blank of [
      { agreementNumber: ' - ' },
      { dateOfBirth: '' },
      { dateOfBirth: '1985-02-30' },
      { dateOfBirth: '14/03/1985' },
      { postcode: '  ' },
    ]) {
      const both = { ...UK_RECORD, ...blank };
      expect(identityMatches(both, both), JSON.stringify(blank)).toBe(false);
    }
    const shortSsn = { ...US_RECORD, ssnLast4: '678' };
    expect(identityMatches(shortSsn, shortSsn)).toBe(false);
  });
});

describe('identityMatches properties', () => {
  const reference = fc.stringMatching(/^[A-Z0-9]{6,14}$/);
  const dateOfBirth = fc
    .date({ min: new Date('1920-01-01'), max: new Date('2010-12-31'), noInvalidDate: true })
    .map(toIsoDate);
  const postcode = fc.stringMatching(/^[A-PR-UWYZ][A-HK-Y]?\d{1,2} \d[ABD-HJLNP-UW-Z]{2}$/);
  const ssnLast4 = fc.stringMatching(/^\d{4}$/);

  const ukIdentity = fc.record({
    market: fc.constant('UK' as const),
    agreementNumber: reference,
    dateOfBirth,
    postcode,
  });
  const usIdentity = fc.record({
    market: fc.constant('US' as const),
    accountNumber: reference,
    ssnLast4,
    dateOfBirth,
  });
  const identity: fc.Arbitrary<IdentityClaim> = fc.oneof(ukIdentity, usIdentity);

  /** How a customer might type the same value: lower case, with spaces and hyphens between characters. */
  function retyped(value: string, separators: readonly string[]): string {
    return Array.from(value.toLowerCase())
      .map((char, i) => char + (separators[i % separators.length] ?? ''))
      .join('');
  }

  it('always matches itself', () => {
    fc.assert(
      fc.property(identity, (x) => {
        expect(identityMatches(x, x)).toBe(true);
      }),
    );
  });

  it('matches the same references however they are spaced, hyphenated or cased', () => {
    const separators = fc.array(fc.constantFrom('', '', ' ', '-'), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(ukIdentity, separators, (x, seps) => {
        const claim = {
          ...x,
          agreementNumber: retyped(x.agreementNumber, seps),
          postcode: ` ${retyped(x.postcode, seps)} `,
        };
        expect(identityMatches(claim, x)).toBe(true);
      }),
    );
  });

  /** x, and x with one field taken from another identity of the same market. */
  function withOneFieldChanged<T extends IdentityClaim>(
    arbitrary: fc.Arbitrary<T>,
    fields: readonly (keyof T & string)[],
  ) {
    return fc
      .tuple(arbitrary, arbitrary, fc.constantFrom(...fields))
      .filter(
        ([x, other, field]) =>
          compactReference(String(x[field])) !== compactReference(String(other[field])),
      )
      .map(([x, other, field]) => ({ x, claim: { ...x, [field]: other[field] } }));
  }

  it('refuses a claim with any one field changed to a different value', () => {
    const changed = fc.oneof(
      withOneFieldChanged(ukIdentity, ['agreementNumber', 'dateOfBirth', 'postcode']),
      withOneFieldChanged(usIdentity, ['accountNumber', 'ssnLast4', 'dateOfBirth']),
    );
    fc.assert(
      fc.property(changed, ({ x, claim }) => {
        expect(identityMatches(claim, x)).toBe(false);
      }),
    );
  });
});
