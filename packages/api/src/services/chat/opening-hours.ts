import { isBankHoliday, type Market } from '@marque/domain';
import { businessDate, MARKET_TIME_ZONES } from '../agreements/business-date.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
type Day = (typeof DAYS)[number];

/** Minutes after local midnight a chat desk opens and closes on one weekday. */
export interface DayHours {
  opensAt: number;
  closesAt: number;
}

/** The chat desk's week: weekday (0 = Sunday) → hours; a missing day is closed. */
export type OpeningHours = ReadonlyMap<number, DayHours>;

export type OpeningHoursParse = { ok: true; hours: OpeningHours } | { ok: false; problem: string };

const RANGE = /^([A-Z][a-z]{2})(?:[-–]([A-Z][a-z]{2}))?\s+(\d{2}):(\d{2})[-–](\d{2}):(\d{2})$/;

function dayIndex(name: string | undefined): number {
  return DAYS.indexOf(name as Day);
}

/**
 * Reads opening hours written as the brand shows them, e.g. `Mon-Fri 08:00-20:00, Sat 09:00-17:00`
 * (24-hour local time in the market's zone; a day may appear once).
 */
export function parseOpeningHours(text: string): OpeningHoursParse {
  const hours = new Map<number, DayHours>();
  for (const part of text.split(',').map((piece) => piece.trim())) {
    const match = RANGE.exec(part);
    if (match === null) {
      return { ok: false, problem: `"${part}" is not like "Mon-Fri 08:00-20:00"` };
    }
    const [, first, last, openH, openM, closeH, closeM] = match;
    const from = dayIndex(first);
    const to = last === undefined ? from : dayIndex(last);
    if (from < 0 || to < 0 || to < from) {
      return { ok: false, problem: `"${part}" names days other than Mon…Sun in order` };
    }
    const opensAt = Number(openH) * 60 + Number(openM);
    const closesAt = Number(closeH) * 60 + Number(closeM);
    if (Number(openM) > 59 || Number(closeM) > 59 || closesAt > 24 * 60 || opensAt >= closesAt) {
      return { ok: false, problem: `"${part}" does not open before it closes on the same day` };
    }
    for (let day = from; day <= to; day += 1) {
      if (hours.has(day)) return { ok: false, problem: `${DAYS[day] ?? ''} appears twice` };
      hours.set(day, { opensAt, closesAt });
    }
  }
  return { ok: true, hours };
}

const clockFormatters = new Map<Market, Intl.DateTimeFormat>();

/** Weekday and minutes after midnight at `now` on the market's own clock. */
function localWeekTime(now: Date, market: Market): { day: number; minutes: number } {
  let formatter = clockFormatters.get(market);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: MARKET_TIME_ZONES[market],
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormatters.set(market, formatter);
  }
  const parts = formatter.formatToParts(now);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value;
  return {
    day: dayIndex(part('weekday')),
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/**
 * True while the desk is open at `now`: within the day's hours and, unless the desk opens on them,
 * not a bank holiday.
 */
export function isWithinOpeningHours(
  now: Date,
  hours: OpeningHours,
  market: Market,
  { openOnBankHolidays = false }: { openOnBankHolidays?: boolean } = {},
): boolean {
  if (!openOnBankHolidays && isBankHoliday(businessDate(now, market), market)) return false;
  const { day, minutes } = localWeekTime(now, market);
  const today = hours.get(day);
  return today !== undefined && minutes >= today.opensAt && minutes < today.closesAt;
}
