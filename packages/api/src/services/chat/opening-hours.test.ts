import { describe, expect, it } from 'vitest';
import { isWithinOpeningHours, parseOpeningHours, type OpeningHours } from './opening-hours.js';

function hours(text: string): OpeningHours {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.hours;
}

describe('chat opening hours', () => {
  it('reads day ranges and single days in 24-hour time', () => {
    const week = hours('Mon-Fri 08:00-20:00, Sat 09:00-17:00');
    expect([...week.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(week.get(6)).toEqual({ opensAt: 9 * 60, closesAt: 17 * 60 });
  });

  it.each([
    ['Mon-Fri 8am-8pm', /not like/],
    ['Fri-Mon 08:00-20:00', /in order/],
    ['Mon 20:00-08:00', /open before it closes/],
    ['Mon 08:00-24:30', /open before it closes/],
    ['Mon-Fri 08:00-20:00, Fri 09:00-10:00', /Fri appears twice/],
  ])('refuses %s', (text, problem) => {
    const parsed = parseOpeningHours(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('opens at the opening minute and closes at the closing minute, in London time', () => {
    const week = hours('Mon-Fri 08:00-20:00');
    // 1 June 2026 is a Monday in British Summer Time (UTC+1).
    expect(isWithinOpeningHours(new Date('2026-06-01T06:59:00Z'), week, 'UK')).toBe(false);
    expect(isWithinOpeningHours(new Date('2026-06-01T07:00:00Z'), week, 'UK')).toBe(true);
    expect(isWithinOpeningHours(new Date('2026-06-01T18:59:00Z'), week, 'UK')).toBe(true);
    expect(isWithinOpeningHours(new Date('2026-06-01T19:00:00Z'), week, 'UK')).toBe(false);
  });

  it("keeps the US desk on New York time and closes it on the Federal Reserve's holidays", () => {
    const week = hours('Mon-Fri 08:00-20:00');
    expect(isWithinOpeningHours(new Date('2026-11-23T13:00:00Z'), week, 'US')).toBe(true);
    expect(isWithinOpeningHours(new Date('2026-11-23T12:59:00Z'), week, 'US')).toBe(false);
    // Thanksgiving, Thursday 26 November 2026.
    expect(isWithinOpeningHours(new Date('2026-11-26T15:00:00Z'), week, 'US')).toBe(false);
  });

  it('keeps its hours on bank holidays when the desk opens on them', () => {
    const everyDay = hours('Sun-Sat 08:00-20:00');
    // Christmas Day 2026, a Friday.
    const christmasNoon = new Date('2026-12-25T12:00:00Z');
    expect(isWithinOpeningHours(christmasNoon, everyDay, 'UK')).toBe(false);
    expect(isWithinOpeningHours(christmasNoon, everyDay, 'UK', { openOnBankHolidays: true })).toBe(
      true,
    );
  });
});
