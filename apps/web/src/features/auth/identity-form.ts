import type { RouterInputs } from '@marque/api';
import { isIsoDate, isValidUkPostcode, type Market } from '@marque/domain';
import {
  accountNumberField,
  agreementNumberField,
  postcodeField,
  ssnLast4Field,
} from '@marque/schemas';
import { isoDateOfParts } from '@marque/ui';
import { z } from 'zod';
import type { ApiFieldMap } from '../../forms/apply-api-problem.js';

/** The identity check's fields; one shape for both markets so the same form can hold either. */
export interface IdentityValues {
  /** The agreement number (UK) or account number (US). */
  agreementNumber: string;
  /** As typed in the three boxes, 'year-month-day'. */
  dateOfBirth: string;
  postcode: string;
  ssnLast4: string;
}

export type IdentityClaimInput = RouterInputs['auth']['recoverUsername'];

export const EMPTY_IDENTITY: IdentityValues = {
  agreementNumber: '',
  dateOfBirth: '',
  postcode: '',
  ssnLast4: '',
};

/** A date of birth that is a real date, in the past, after 1900. */
function isPlausibleDateOfBirth(typed: string, today: string): boolean {
  const date = isoDateOfParts(typed);
  return isIsoDate(date) && date >= '1900-01-01' && date < today;
}

/**
 * The identity check for the deployment's market (UK: agreement number, date of birth, postcode;
 * US: account number, last 4 of the SSN, date of birth), with the API's own field schemas, plus
 * what only the form can check (a date of birth typed in three boxes, a UK postcode's format).
 * Whether the details match an agreement is for the API, which never says.
 */
export function identityForm(market: Market, today: string) {
  const dateOfBirth = z
    .string()
    .refine(
      (typed) => isPlausibleDateOfBirth(typed, today),
      'Enter your date of birth as a real date, for example 27 3 1985.',
    );
  if (market === 'UK') {
    return z.object({
      agreementNumber: agreementNumberField,
      dateOfBirth,
      postcode: postcodeField.refine(isValidUkPostcode, 'Enter a real postcode, like SW1A 1AA.'),
      ssnLast4: z.string(),
    });
  }
  return z.object({
    agreementNumber: accountNumberField,
    dateOfBirth,
    postcode: z.string(),
    ssnLast4: ssnLast4Field,
  });
}

/** The claim the API takes, from the form's values. */
export function identityClaimOf(values: IdentityValues, market: Market): IdentityClaimInput {
  const dateOfBirth = isoDateOfParts(values.dateOfBirth);
  return market === 'UK'
    ? {
        market,
        agreementNumber: values.agreementNumber.trim(),
        dateOfBirth,
        postcode: values.postcode.trim(),
      }
    : {
        market,
        accountNumber: values.agreementNumber.trim(),
        ssnLast4: values.ssnLast4.trim(),
        dateOfBirth,
      };
}

/** Where the API's identity messages go, for an input that nests the claim under `prefix`. */
export function identityFieldMap(prefix: '' | 'identity.'): ApiFieldMap<IdentityValues> {
  return {
    [`${prefix}agreementNumber`]: 'agreementNumber',
    [`${prefix}accountNumber`]: 'agreementNumber',
    [`${prefix}dateOfBirth`]: 'dateOfBirth',
    [`${prefix}postcode`]: 'postcode',
    [`${prefix}ssnLast4`]: 'ssnLast4',
  };
}

/** The identity fields in page order for the market, for the error summary. */
export function identityFieldOrder(market: Market): (keyof IdentityValues)[] {
  return market === 'UK'
    ? ['agreementNumber', 'dateOfBirth', 'postcode']
    : ['agreementNumber', 'ssnLast4', 'dateOfBirth'];
}
