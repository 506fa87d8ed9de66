import type { Market, MandateState } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { MandateRow, MandateScheme } from '../../db/direct-debit-tables.js';
import type { Database } from '../../db/schema.js';
import type { Recipient } from '../mail/account-mails.js';

/** States in which a mandate can still collect or is on its way to: one per agreement at a time. */
export const LIVE_MANDATE_STATES: readonly MandateState[] = [
  'pending_submission',
  'submitted',
  'active',
];

/** The scheme a market's mandates collect through: Bacs Direct Debit in the UK, ACH in the US. */
export function schemeOfMarket(market: Market): MandateScheme {
  return market === 'US' ? 'ach' : 'bacs';
}

/** The agreement's live mandate, if any. */
export async function findLiveMandate(
  db: Kysely<Database>,
  agreementId: string,
): Promise<MandateRow | undefined> {
  return db
    .selectFrom('mandates')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('state', 'in', LIVE_MANDATE_STATES)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The customer a mandate's messages go to (the e-mail address on the agreement holder's record). */
export async function recipientOfCustomer(
  db: Kysely<Database>,
  customerId: string,
): Promise<Recipient> {
  const customer = await db
    .selectFrom('customers')
    .select(['email', 'given_name'])
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow();
  return { email: customer.email, givenName: customer.given_name };
}

/**
 * Unsubmitted collections of a mandate that ended are cancelled, so nothing is sent to the bank for
 * them; a later mandate may revive them (the unique key is per instalment and attempt).
 */
export async function cancelUnsubmittedCollections(
  db: Kysely<Database>,
  mandateId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('collections')
    .set({ status: 'cancelled', updated_at: at })
    .where('mandate_id', '=', mandateId)
    .where('status', 'in', ['scheduled', 'notified'])
    .execute();
}
