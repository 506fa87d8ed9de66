import {
  addDays,
  compareDates,
  sumMinor,
  type Arrears,
  type IsoDate,
  type Minor,
} from '@marque/domain';
import { accountPosition } from '../agreements/account-position.js';
import type { AgreementRecord } from '../agreements/agreement-queries.js';
import { feesAsInstallments, paidToDate } from '../agreements/ledger-totals.js';
import { periodDates, yearStart, type StatementPeriod } from './statement-period.js';

/** The Consumer Credit Act s.77A annual statement figures for fixed-sum credit (HP, PCP). */
export interface AnnualStatementFigures {
  /** The year the statement covers. */
  from: IsoDate;
  to: IsoDate;
  /** Net payments received during the year. */
  paidInYear: Minor;
  /** Net payments received since the agreement was made. */
  paidSinceStart: Minor;
  /** Instalments and fees that fell due during the year. */
  dueInYear: Minor;
  arrears: Arrears;
  /** Everything still to pay under the agreement at the end of the year. */
  amountRemaining: Minor;
  /** Instalments still to fall due after the year, and their total. */
  paymentsRemaining: { count: number; total: Minor };
}

function within(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return compareDates(date, from) >= 0 && compareDates(date, to) <= 0;
}

/** The annual statement for the year of statements ending with `period`, from the same ledger services as the monthly one. */
export function annualStatementFigures(
  record: AgreementRecord,
  period: StatementPeriod,
): AnnualStatementFigures {
  const to = periodDates(period).end;
  const from = yearStart(period);
  const ledger = record.ledger.filter((entry) => compareDates(entry.entryDate, to) <= 0);
  const lastNumber = Math.max(0, ...record.schedule.map((installment) => installment.number));
  const payables = [...record.schedule, ...feesAsInstallments(ledger, lastNumber + 1)];
  const position = accountPosition(record.schedule, ledger, to);
  const later = payables.filter((payable) => compareDates(payable.dueDate, to) > 0);
  return {
    from,
    to,
    paidInYear: paidToDate(ledger, to) - paidToDate(ledger, addDays(from, -1)),
    paidSinceStart: paidToDate(ledger, to),
    dueInYear: sumMinor(
      payables.filter((payable) => within(payable.dueDate, from, to)).map((p) => p.amount),
    ),
    arrears: position.arrears,
    amountRemaining: position.balanceOutstanding,
    paymentsRemaining: { count: later.length, total: sumMinor(later.map((p) => p.amount)) },
  };
}
