import type { Kysely } from 'kysely';
import type { LedgerEntryKind } from '../db/customer-agreement-tables.js';
import type { PaymentMethod, PaymentStatus } from '../db/payment-tables.js';
import type { Database } from '../db/schema.js';
import { TEST_START } from './app.js';
import type { GivenCustomer } from './customers.js';

/** One line on an agreement's ledger, as the payment and collection runs write them. */
export async function givenLedgerEntry(
  db: Kysely<Database>,
  agreementId: string,
  entry: { kind?: LedgerEntryKind; amount?: number; date?: string; description?: string } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('ledger_entries')
    .values({
      id,
      agreement_id: agreementId,
      entry_date: entry.date ?? '2026-11-01',
      kind: entry.kind ?? 'payment_received',
      amount: entry.amount ?? 25_000,
      description: entry.description ?? 'Direct Debit payment',
      reference: null,
      created_at: TEST_START,
    })
    .execute();
  return id;
}

/** A payment on the customer's agreement. */
export async function givenPayment(
  db: Kysely<Database>,
  customer: Pick<GivenCustomer, 'customerId' | 'agreementId'>,
  payment: { method?: PaymentMethod; status?: PaymentStatus; amount?: number } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('payments')
    .values({
      id,
      agreement_id: customer.agreementId,
      customer_id: customer.customerId,
      method: payment.method ?? 'direct_debit',
      amount: payment.amount ?? 25_000,
      currency: 'GBP',
      status: payment.status ?? 'paid',
      idempotency_key: id,
      gateway_reference: null,
      next_action_url: null,
      failure_reason: null,
      created_at: TEST_START,
      updated_at: TEST_START,
      settled_at: payment.status === undefined || payment.status === 'paid' ? '2026-11-02' : null,
    })
    .execute();
  return id;
}
