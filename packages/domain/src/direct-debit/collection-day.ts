import { compareDates, dateParts, isoDate, type IsoDate } from '../calendar/iso-date.js';
import { workingDayOnOrAfter } from '../calendar/working-days.js';
import type { Market } from '../markets.js';

/** The day of the month a customer chooses for their collections: 1 to 28, so every month has it. */
export type CollectionDay = number;

export class CollectionDayError extends Error {
  override readonly name = 'CollectionDayError';
}

/** True for a collection day a customer may choose: a whole number from 1 to 28. */
export function isCollectionDay(value: unknown): value is CollectionDay {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 28;
}

/**
 * The first collection on or after `fromDate` on the customer's chosen day of the month, moved to
 * the next working day when that day is a weekend or bank holiday (as Bacs and ACH would take it).
 */
export function nextCollectionDate(
  fromDate: IsoDate,
  collectionDay: CollectionDay,
  market: Market,
): IsoDate {
  if (!isCollectionDay(collectionDay)) {
    throw new CollectionDayError(`collection day must be 1 to 28, got ${String(collectionDay)}`);
  }
  const { year, month } = dateParts(fromDate);
  // Start a month early: the 28 February collection can roll into March (2026: Monday 2 March).
  for (let monthIndex = year * 12 + month - 2; ; monthIndex += 1) {
    const chosen = isoDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, collectionDay);
    const collection = workingDayOnOrAfter(chosen, market);
    if (compareDates(collection, fromDate) >= 0) return collection;
  }
}
