import {
  addDays,
  compareDates,
  sumMinor,
  type Arrears,
  type IsoDate,
  type Minor,
} from '@marque/domain';
import type { LedgerEntryKind } from '../../db/customer-agreement-tables.js';
import { accountPosition } from '../agreements/account-position.js';
import type { AgreementRecord } from '../agreements/agreement-queries.js';
import { LEDGER_SIDE, paidToDate, type LedgerAmount } from '../agreements/ledger-totals.js';
import { scheduleLines } from '../agreements/schedule-lines.js';
import { periodDates, type StatementPeriod } from './statement-period.js';

/** A ledger entry as a statement lists it. */
export interface StatementEntry {
  date: IsoDate;
  kind: LedgerEntryKind;
  description: string;
  reference: string | null;
  amount: Minor;
  side: 'debit' | 'credit';
}

export interface UpcomingPayment {
  dueDate: IsoDate;
  /** What is still to pay on that instalment. */
  amount: Minor;
}

/** The figures of one monthly statement, every one of them read from the ledger services. */
export interface StatementFigures {
  period: StatementPeriod;
  start: IsoDate;
  end: IsoDate;
  /** Everything still to pay under the agreement at the end of the day before the period. */
  openingBalance: Minor;
  /** Everything still to pay at the end of the period. */
  closingBalance: Minor;
  /** Net money received in the period: payments and credits less refunds and reversals. */
  received: Minor;
  /** Fees charged in the period. */
  charges: Minor;
  /** Received beyond everything payable, at the end of the period. */
  credit: Minor;
  arrears: Arrears;
  /** Every ledger entry dated in the period, oldest first. */
  entries: StatementEntry[];
  /** The next instalments not yet paid in full after the period, at most three. */
  upcoming: UpcomingPayment[];
}

/** The ledger as it stood at the end of `asOf`: fees charged later must not count yet. */
function ledgerBy(ledger: readonly LedgerAmount[], asOf: IsoDate): LedgerAmount[] {
  return ledger.filter((entry) => compareDates(entry.entryDate, asOf) <= 0);
}

const UPCOMING_SHOWN = 3;

/**
 * A month's statement from the agreement's schedule and ledger: the opening and closing balances
 * are the account position (accountPosition, payments met by the domain's allocatePayment) at the
 * end of the day before and the last day of the period, so they match the dashboard on those days.
 */
export function statementFigures(
  record: AgreementRecord,
  periodEntries: readonly StatementEntry[],
  period: StatementPeriod,
): StatementFigures {
  const { start, end } = periodDates(period);
  const dayBefore = addDays(start, -1);
  const before = ledgerBy(record.ledger, dayBefore);
  const atEnd = ledgerBy(record.ledger, end);
  const opening = accountPosition(record.schedule, before, dayBefore);
  const closing = accountPosition(record.schedule, atEnd, end);
  const entries = periodEntries
    .filter((entry) => compareDates(entry.date, start) >= 0 && compareDates(entry.date, end) <= 0)
    .sort((a, b) => compareDates(a.date, b.date));
  const upcoming = scheduleLines(record.schedule, atEnd, end)
    .filter((line) => compareDates(line.dueDate, end) > 0 && line.paid < line.amount)
    .slice(0, UPCOMING_SHOWN)
    .map((line) => ({ dueDate: line.dueDate, amount: line.amount - line.paid }));
  return {
    period,
    start,
    end,
    openingBalance: opening.balanceOutstanding,
    closingBalance: closing.balanceOutstanding,
    received: paidToDate(atEnd, end) - paidToDate(before, dayBefore),
    charges: sumMinor(entries.filter((entry) => entry.kind === 'fee').map((entry) => entry.amount)),
    credit: closing.credit,
    arrears: closing.arrears,
    entries,
    upcoming,
  };
}

/** A stored ledger row as a statement entry (the side from LEDGER_SIDE, the one place it lives). */
export function statementEntry(row: {
  entry_date: IsoDate;
  kind: LedgerEntryKind;
  description: string;
  reference: string | null;
  amount: Minor;
}): StatementEntry {
  return {
    date: row.entry_date,
    kind: row.kind,
    description: row.description,
    reference: row.reference,
    amount: row.amount,
    side: LEDGER_SIDE[row.kind],
  };
}
