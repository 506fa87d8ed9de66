import { normaliseAgreementNumber } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { AgreementRow } from '../../db/customer-agreement-tables.js';
import type { Database } from '../../db/schema.js';
import { fieldError } from '../../trpc/field-errors.js';

export type StaffAgreement = Pick<
  AgreementRow,
  'id' | 'agreement_number' | 'customer_id' | 'currency' | 'status'
>;

/**
 * The agreement a member of staff typed the number of, however they spaced it; an unknown number
 * is a message under the form's `field`.
 */
export async function agreementByNumber(
  db: Kysely<Database>,
  agreementNumber: string,
  field = 'agreementNumber',
): Promise<StaffAgreement> {
  const agreement = await db
    .selectFrom('agreements')
    .select(['id', 'agreement_number', 'customer_id', 'currency', 'status'])
    .where('agreement_number', '=', normaliseAgreementNumber(agreementNumber))
    .executeTakeFirst();
  if (agreement === undefined) {
    throw fieldError({ [field]: 'No agreement has this number. Check it against the statement.' });
  }
  return agreement;
}
