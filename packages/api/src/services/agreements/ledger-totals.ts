import {
  compareDates,
  sumMinor,
  type DatedAmount,
  type IsoDate,
  type Minor,
  type PayableInstallment,
} from '@marque/domain';
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

/**
 * The money received by the end of `asOf`, each on the day it arrived: payments and credit
 * adjustments, with every refund or reversal taking back the most recent receipts first (a returned
 * Direct Debit undoes the collection just before it).
 */
export function receiptsBy(entries: readonly LedgerAmount[], asOf: IsoDate): DatedAmount[] {
  const receipts: DatedAmount[] = [];
  const inDateOrder = entries
    .filter((entry) => compareDates(entry.entryDate, asOf) <= 0)
    .sort((a, b) => compareDates(a.entryDate, b.entryDate));
  for (const entry of inDateOrder) {
    if (entry.kind === 'payment_received' || entry.kind === 'adjustment') {
      receipts.push({ date: entry.entryDate, amount: entry.amount });
    } else if (entry.kind === 'refund' || entry.kind === 'reversal') {
      takeBack(receipts, entry.amount);
    }
  }
  return receipts.filter((receipt) => receipt.amount > 0);
}

function takeBack(receipts: DatedAmount[], amount: Minor): void {
  let remaining = amount;
  for (const receipt of [...receipts].reverse()) {
    if (remaining === 0) return;
    const taken = Math.min(receipt.amount, remaining);
    receipt.amount -= taken;
    remaining -= taken;
  }
}

/** Net amount received by the end of `asOf`: payments and credit adjustments less refunds and reversals. */
export function paidToDate(entries: readonly LedgerAmount[], asOf: IsoDate): Minor {
  return sumMinor(receiptsBy(entries, asOf).map((receipt) => receipt.amount));
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
