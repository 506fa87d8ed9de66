import type { Kysely } from 'kysely';
import type { TransactionEntryType } from '../../db/contact-record-tables.js';
import type { PaymentMethod, PaymentStatus } from '../../db/payment-tables.js';
import type { Database } from '../../db/schema.js';
import { LEDGER_SIDE } from '../agreements/ledger-totals.js';

/** A ledger entry or payment as a report shows it: what the customer saw in their history. */
export interface ReportedEntry {
  entryType: TransactionEntryType;
  entryId: string;
  agreementId: string;
  agreementNumber: string;
  date: string;
  amount: number;
  currency: 'GBP' | 'USD';
  description: string;
  /** Whether it raised (debit) or lowered (credit) what is owed; a payment is a credit. */
  side: 'debit' | 'credit';
  /** The payment's method, so the form offers "Direct Debit taken in error" only where it fits. */
  paymentMethod: PaymentMethod | null;
}

const METHOD_NAMES: Readonly<Record<PaymentMethod, string>> = {
  card: 'Card payment',
  bank_transfer: 'Bank transfer',
  direct_debit: 'Direct Debit',
};

const STATUS_NAMES: Readonly<Record<PaymentStatus, string>> = {
  pending: 'pending',
  requires_action: 'waiting for your bank',
  paid: 'paid',
  failed: 'failed',
  refunded: 'refunded',
};

/**
 * One of the customer's ledger entries or payments. Another customer's, or one that does not
 * exist, is undefined: the caller answers NOT_FOUND either way, so an id reveals nothing.
 */
export async function reportedEntry(
  db: Kysely<Database>,
  customerId: string,
  entry: { entryType: TransactionEntryType; entryId: string },
): Promise<ReportedEntry | undefined> {
  if (entry.entryType === 'ledger_entry') {
    const row = await db
      .selectFrom('ledger_entries as l')
      .innerJoin('agreements as a', 'a.id', 'l.agreement_id')
      .select([
        'l.id',
        'l.agreement_id',
        'l.entry_date',
        'l.kind',
        'l.amount',
        'l.description',
        'a.agreement_number',
        'a.currency',
      ])
      .where('l.id', '=', entry.entryId)
      .where('a.customer_id', '=', customerId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      entryType: 'ledger_entry',
      entryId: row.id,
      agreementId: row.agreement_id,
      agreementNumber: row.agreement_number,
      date: row.entry_date,
      amount: row.amount,
      currency: row.currency,
      description: row.description,
      side: LEDGER_SIDE[row.kind],
      paymentMethod: null,
    };
  }
  const row = await db
    .selectFrom('payments as p')
    .innerJoin('agreements as a', 'a.id', 'p.agreement_id')
    .select([
      'p.id',
      'p.agreement_id',
      'p.method',
      'p.status',
      'p.amount',
      'p.currency',
      'p.created_at',
      'p.settled_at',
      'a.agreement_number',
    ])
    .where('p.id', '=', entry.entryId)
    .where('p.customer_id', '=', customerId)
    .where('a.customer_id', '=', customerId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    entryType: 'payment',
    entryId: row.id,
    agreementId: row.agreement_id,
    agreementNumber: row.agreement_number,
    date: row.settled_at ?? row.created_at.slice(0, 10),
    amount: row.amount,
    currency: row.currency,
    description: `${METHOD_NAMES[row.method]} (${STATUS_NAMES[row.status]})`,
    side: 'credit',
    paymentMethod: row.method,
  };
}
