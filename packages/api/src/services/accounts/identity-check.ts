import {
  identityMatches,
  normaliseAgreementNumber,
  type IdentityClaim,
  type IdentityRecord,
  type Market,
} from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// Compared against when no agreement matches, so an unknown agreement number costs the same work
// as a wrong date of birth.
const NO_RECORD: Readonly<Record<Market, IdentityRecord>> = {
  UK: { market: 'UK', agreementNumber: '-', dateOfBirth: '0000-00-00', postcode: '-' },
  US: { market: 'US', accountNumber: '-', ssnLast4: '-', dateOfBirth: '0000-00-00' },
};

/** The agreement number a claim names, normalised: the key for rate limits on identity checks. */
export function claimedAgreementNumber(claim: IdentityClaim): string {
  return normaliseAgreementNumber(
    claim.market === 'UK' ? claim.agreementNumber : claim.accountNumber,
  );
}

/**
 * The customer whose agreement and details match the claim (the market's identity check, with the
 * domain's constant-time identityMatches), or null. The answer does not say which part failed.
 */
export async function customerMatchingIdentity(
  db: Kysely<Database>,
  market: Market,
  claim: IdentityClaim,
): Promise<string | null> {
  const number = claimedAgreementNumber(claim);
  const row = await db
    .selectFrom('agreements')
    .innerJoin('customers', 'customers.id', 'agreements.customer_id')
    .select([
      'customers.id as customerId',
      'customers.date_of_birth as dateOfBirth',
      'customers.postcode as postcode',
      'customers.ssn_last4 as ssnLast4',
      'agreements.agreement_number as agreementNumber',
    ])
    .where('agreements.agreement_number', '=', number)
    .executeTakeFirst();
  const record: IdentityRecord =
    row === undefined
      ? NO_RECORD[market]
      : market === 'UK'
        ? {
            market: 'UK',
            agreementNumber: row.agreementNumber,
            dateOfBirth: row.dateOfBirth,
            postcode: row.postcode,
          }
        : {
            market: 'US',
            accountNumber: row.agreementNumber,
            ssnLast4: row.ssnLast4 ?? '-',
            dateOfBirth: row.dateOfBirth,
          };
  const matches = identityMatches(claim, record);
  return row !== undefined && matches ? row.customerId : null;
}
