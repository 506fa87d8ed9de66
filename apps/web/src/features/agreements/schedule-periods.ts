import { compareDates, type IsoDate } from '@marque/domain';
import type { ScheduleLine } from './agreement-api-types.js';

/** The schedule split at the next payment: what has fallen due so far, and what is still to come. */
export interface SchedulePeriods {
  past: ScheduleLine[];
  upcoming: ScheduleLine[];
}

/**
 * Splits the schedule at the next payment the server reports (its own "today", in the market's time
 * zone), so the browser's clock plays no part; with no next payment every line is in the past.
 */
export function schedulePeriods(
  lines: readonly ScheduleLine[],
  nextDueDate: IsoDate | null,
): SchedulePeriods {
  const ordered = [...lines].sort(
    (a, b) => compareDates(a.dueDate, b.dueDate) || a.number - b.number,
  );
  if (nextDueDate === null) return { past: ordered, upcoming: [] };
  return {
    past: ordered.filter((line) => compareDates(line.dueDate, nextDueDate) < 0),
    upcoming: ordered.filter((line) => compareDates(line.dueDate, nextDueDate) >= 0),
  };
}
