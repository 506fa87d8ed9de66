import { compareDates, type IsoDate, type Minor } from '@marque/domain';
import type { ScheduleLine } from './agreement-api-types.js';

/** One point on the progress chart: what is left to pay after a payment date. */
export interface BalancePoint {
  date: IsoDate;
  /** What the schedule leaves to pay after this date. */
  scheduled: Minor;
  /** What was really left after what the customer paid towards it; null for dates still to come. */
  actual: Minor | null;
}

/**
 * The balance over time for the progress chart: everything payable, less each instalment as the
 * schedule plans it and as the customer paid it, so missed payments show as a gap above the plan.
 */
export function balanceOverTime(
  startDate: IsoDate,
  lines: readonly ScheduleLine[],
): BalancePoint[] {
  const ordered = [...lines].sort(
    (a, b) => compareDates(a.dueDate, b.dueDate) || a.number - b.number,
  );
  const total = ordered.reduce((sum, line) => sum + line.amount, 0);
  const points: BalancePoint[] = [{ date: startDate, scheduled: total, actual: total }];
  let scheduled = total;
  let actual = total;
  for (const line of ordered) {
    scheduled -= line.amount;
    actual -= line.paid;
    const reached = line.status !== 'due' || line.paid > 0;
    points.push({ date: line.dueDate, scheduled, actual: reached ? actual : null });
  }
  return points;
}
