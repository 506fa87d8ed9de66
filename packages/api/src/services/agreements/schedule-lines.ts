import type { InstallmentStatus, IsoDate, Minor, PayableInstallment } from '@marque/domain';
import { installmentStatus } from '@marque/domain';
import type { InstallmentKind, InstallmentRow } from '../../db/customer-agreement-tables.js';
import type { LedgerAmount } from './ledger-totals.js';
import { applyPayments } from './payments-applied.js';

/** A stored instalment in the domain's shape, with what storage adds. */
export interface ScheduledInstallment extends PayableInstallment {
  fee: Minor;
  balanceAfter: Minor;
  kind: InstallmentKind;
}

/** One line of the payment schedule as the customer sees it on a given day. */
export interface ScheduleLine extends ScheduledInstallment {
  paid: Minor;
  status: InstallmentStatus;
}

/** A stored instalment row in the domain's instalment shape. */
export function installmentFromRow(row: InstallmentRow): ScheduledInstallment {
  return {
    number: row.number,
    dueDate: row.due_date,
    amount: row.amount,
    interest: row.interest,
    principal: row.principal,
    fee: row.fee,
    balanceAfter: row.balance_after,
    kind: row.kind,
  };
}

/** Every instalment with what has been paid towards it and its status on `today` (the domain's installmentStatus). */
export function scheduleLines(
  schedule: readonly ScheduledInstallment[],
  ledger: readonly LedgerAmount[],
  today: IsoDate,
): ScheduleLine[] {
  const { paidTowards } = applyPayments(schedule, ledger, today);
  return schedule.map((installment) => {
    const paid = paidTowards.get(installment.number) ?? 0;
    return { ...installment, paid, status: installmentStatus(installment, paid, today) };
  });
}
