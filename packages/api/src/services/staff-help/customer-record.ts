import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { CustomerRow } from '../../db/customer-agreement-tables.js';
import type { Database } from '../../db/schema.js';
import { findAccountById, type AccountWithCustomer } from '../accounts/account-store.js';

/** The customer staff opened, or NOT_FOUND: an unknown id and a malformed one answer alike. */
export async function customerOrNotFound(
  db: Kysely<Database>,
  customerId: string,
): Promise<CustomerRow> {
  const row = await db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (row === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that customer.' });
  }
  return row;
}

/** The customer's online account, for actions on sign-in; refused for a customer who has none. */
export async function accountOfCustomer(
  db: Kysely<Database>,
  customerId: string,
): Promise<AccountWithCustomer> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  const account = row === undefined ? undefined : await findAccountById(db, row.id);
  if (account === undefined) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'This customer has not registered for online access, so there is no sign-in to change.',
    });
  }
  return account;
}

/**
 * The amount of the customer's most recent payment received, across their agreements, from the
 * ledger (what the customer sees on their statement); null when nothing has been paid yet.
 */
export async function lastPaymentReceived(
  db: Kysely<Database>,
  customerId: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('ledger_entries')
    .innerJoin('agreements', 'agreements.id', 'ledger_entries.agreement_id')
    .select('ledger_entries.amount')
    .where('agreements.customer_id', '=', customerId)
    .where('ledger_entries.kind', '=', 'payment_received')
    .orderBy('ledger_entries.entry_date', 'desc')
    .orderBy('ledger_entries.created_at', 'desc')
    .orderBy('ledger_entries.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.amount ?? null;
}
