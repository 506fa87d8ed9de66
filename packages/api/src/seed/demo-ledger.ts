import { compareDates, type IsoDate } from '@marque/domain';
import type { InstallmentKind, LedgerEntryKind } from '../db/customer-agreement-tables.js';
import type { ScheduledInstallment } from '../services/agreements/schedule-lines.js';

export interface DemoLedgerEntry {
  entryDate: IsoDate;
  kind: LedgerEntryKind;
  amount: number;
  description: string;
  reference: string | null;
  /** When the entry was recorded: the instalment at the start of its day, the payment later that morning. */
  createdAt: string;
}

const DUE_DESCRIPTION: Readonly<Record<InstallmentKind, string>> = {
  initial_rental: 'Initial rental due',
  monthly: 'Monthly payment due',
  optional_final_payment: 'Optional final payment due',
};

/**
 * The ledger history of a demo agreement up to `today`: every instalment due so far, each paid by
 * Direct Debit on its due date except the `missedPayments` most recent ones.
 */
export function demoLedger(
  agreementNumber: string,
  schedule: readonly ScheduledInstallment[],
  today: IsoDate,
  missedPayments: number,
): DemoLedgerEntry[] {
  const due = schedule.filter((installment) => compareDates(installment.dueDate, today) <= 0);
  const paidCount = Math.max(0, due.length - missedPayments);
  return due.flatMap((installment, index) => {
    const entries: DemoLedgerEntry[] = [
      {
        entryDate: installment.dueDate,
        kind: 'installment_due',
        amount: installment.amount,
        description: `${DUE_DESCRIPTION[installment.kind]} (${installment.number} of ${schedule.length})`,
        reference: null,
        createdAt: `${installment.dueDate}T00:00:00.000Z`,
      },
    ];
    if (index < paidCount) {
      entries.push({
        entryDate: installment.dueDate,
        kind: 'payment_received',
        amount: installment.amount,
        description: 'Direct Debit payment received',
        reference: `DD-${agreementNumber}-${String(installment.number).padStart(3, '0')}`,
        createdAt: `${installment.dueDate}T09:00:00.000Z`,
      });
    }
    return entries;
  });
}
