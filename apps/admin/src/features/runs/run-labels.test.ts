import { describe, expect, it } from 'vitest';
import { resultCounts } from './run-labels.js';

describe('resultCounts', () => {
  it('words a job’s counts, nested or flat', () => {
    expect(
      resultCounts({ outcome: 'finished', counts: { collectionsSubmitted: 3, noticesSent: 0 } }),
    ).toEqual([
      ['Collections submitted', 3],
      ['Notices sent', 0],
    ]);
    expect(resultCounts({ today: '2026-11-23', remindersSent: 2 })).toEqual([
      ['Reminders sent', 2],
    ]);
    expect(resultCounts(null)).toEqual([]);
  });
});
