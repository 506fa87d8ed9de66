import { isIsoDate } from '../calendar/iso-date.js';
import { constantTimeEqual } from './constant-time-equal.js';
import { compactReference, normaliseAgreementNumber } from './reference-text.js';
import { normalisePostcode } from './uk-postcode.js';

/**
 * What a customer gives to prove who they are when registering or recovering a username: in the
 * UK agreement number, date of birth and postcode; in the US account number, the last 4 digits of
 * the SSN and date of birth. Dates are 'YYYY-MM-DD'.
 */
export type IdentityClaim =
  | { market: 'UK'; agreementNumber: string; dateOfBirth: string; postcode: string }
  | { market: 'US'; accountNumber: string; ssnLast4: string; dateOfBirth: string };

/** What the lender holds for the agreement's customer, same shape as the claim. */
export type IdentityRecord = IdentityClaim;

const LOOSE_ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** 'YYYY-M-D' padded to 'YYYY-MM-DD'; '' for anything that is not a real date. */
function normaliseDateOfBirth(date: string): string {
  const match = LOOSE_ISO_DATE.exec(date.trim());
  if (!match) return '';
  const [, year = '', month = '', day = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

/** The four digits, without spaces or dashes; '' when they are not exactly four digits. */
function normaliseSsnLast4(digits: string): string {
  const compact = compactReference(digits);
  return /^\d{4}$/.test(compact) ? compact : '';
}

/** Every field in canonical form, in a fixed order per market; '' marks a field unusable. */
function normalisedFields(identity: IdentityClaim): string[] {
  switch (identity.market) {
    case 'UK':
      return [
        normaliseAgreementNumber(identity.agreementNumber),
        normaliseDateOfBirth(identity.dateOfBirth),
        normalisePostcode(identity.postcode),
      ];
    case 'US':
      return [
        normaliseAgreementNumber(identity.accountNumber),
        normaliseSsnLast4(identity.ssnLast4),
        normaliseDateOfBirth(identity.dateOfBirth),
      ];
  }
}

/**
 * Knowledge-based identity check (the market's registration check): true only when every field of
 * the claim matches the record once both are normalised. All fields are compared in constant time,
 * even after one differs, so timing never shows which field was wrong; an empty or malformed field
 * never matches, even an equally empty one on the record. A different market never matches.
 */
export function identityMatches(claim: IdentityClaim, record: IdentityRecord): boolean {
  if (claim.market !== record.market) return false;
  const claimed = normalisedFields(claim);
  const held = normalisedFields(record);
  let matches = 1;
  claimed.forEach((field, i) => {
    matches &= Number(constantTimeEqual(field, held[i] ?? '')) & Number(field !== '');
  });
  return matches === 1;
}
