import {
  compareDates,
  dateParts,
  earliestCollectionDate,
  isoDate,
  schemeSubmissionDate,
  workingDayOnOrAfter,
  type IsoDate,
  type Market,
} from '@marque/domain';

export interface CollectionCalendar {
  market: Market;
  /** Working days of advance notice (Direct Debit Guarantee: 10 unless agreed otherwise). */
  advanceNoticeWorkingDays: number;
}

/** An instalment's regular collection: the customer's chosen day in its month, on a working day. */
export function regularCollectionDate(
  dueDate: IsoDate,
  collectionDay: number,
  market: Market,
): IsoDate {
  const { year, month } = dateParts(dueDate);
  return workingDayOnOrAfter(isoDate(year, month, collectionDay), market);
}

/**
 * When to collect an instalment if the payer is told today: its regular date, or the first date the
 * advance notice allows when that is later (a new mandate, a changed day, a re-presentation).
 */
export function plannedCollectionDate(
  regular: IsoDate,
  today: IsoDate,
  calendar: CollectionCalendar,
): { collectionDate: IsoDate; inputDate: IsoDate } {
  const earliest = earliestCollectionDate(today, calendar);
  const collectionDate = compareDates(regular, earliest) >= 0 ? regular : earliest;
  return { collectionDate, inputDate: schemeSubmissionDate(collectionDate, calendar.market) };
}
