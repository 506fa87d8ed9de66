import { sumMinor, type IsoDate, type Minor, type PayableInstallment } from '@marque/domain';
import type { LedgerEntryKind } from '../../db/customer-agreement-tables.js';

/** The fields of a ledger entry that its totals depend on. */
export interface LedgerAmount {
  entryDate: IsoDate;
  kind: LedgerEntryKind;
  amount: Minor;
}

/**
 * Debits raise what the customer owes, credits lower it: amounts are stored positive so that the
 * sign lives here only. A refund or a reversal (e.g. a returned Direct Debit) takes a payment back.
 */
export const LEDGER_SIDE: Readonly<Record<LedgerEntryKind, 'debit' | 'credit'>> = {
  installment_due: 'debit',
  fee: 'debit',
  refund: 'debit',
  reversal: 'debit',
  payment_received: 'credit',
  adjustment: 'credit',
};

/** Kinds that move money received; the others charge something (an instalment falling due, a fee). */
const RECEIPTS: ReadonlySet<LedgerEntryKind> = new Set([
  'payment_received',
  'adjustment',
  'refund',
  'reversal',
]);

/** The entry's amount with its sign: positive for a debit, negative for a credit. */
export function signedAmount(entry: LedgerAmount): Minor {
  return LEDGER_SIDE[entry.kind] === 'debit' ? entry.amount : -entry.amount;
}

/** Net amount received by the end of `asOf`: payments and credit adjustments less refunds and reversals. */
export function paidToDate(entries: readonly LedgerAmount[], asOf: IsoDate): Minor {
  const receipts = entries.filter((entry) => RECEIPTS.has(entry.kind) && entry.entryDate <= asOf);
  return 0 - sumMinor(receipts.map(signedAmount));
}

/**
 * Fees charged through the ledger, as instalments due on the day they were charged, so that a
 * payment meets them in the same oldest-first order as the schedule (numbered after it).
 */
export function feesAsInstallments(
  entries: readonly LedgerAmount[],
  firstNumber: number,
): PayableInstallment[] {
  return entries
    .filter((entry) => entry.kind === 'fee')
    .map((entry, index) => ({
      number: firstNumber + index,
      dueDate: entry.entryDate,
      amount: entry.amount,
      interest: 0,
      principal: 0,
      fee: entry.amount,
    }));
}
