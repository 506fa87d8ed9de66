import { describe, expect, it } from 'vitest';
import type { ScheduleLine } from './agreement-api-types.js';
import { schedulePeriods } from './schedule-periods.js';

function line(number: number, dueDate: string, status: ScheduleLine['status']): ScheduleLine {
  return {
    number,
    dueDate,
    amount: 100,
    interest: 0,
    principal: 100,
    fee: 0,
    balanceAfter: 0,
    kind: 'monthly',
    paid: status === 'paid' ? 100 : 0,
    status,
  };
}

const lines = [
  line(3, '2026-04-01', 'due'),
  line(1, '2026-02-01', 'paid'),
  line(2, '2026-03-01', 'overdue'),
];

describe('schedulePeriods', () => {
  it('puts everything due before the next payment in the past, oldest first', () => {
    const { past, upcoming } = schedulePeriods(lines, '2026-04-01');
    expect(past.map((entry) => entry.number)).toEqual([1, 2]);
    expect(upcoming.map((entry) => entry.number)).toEqual([3]);
  });

  it('has nothing upcoming once no payment is left', () => {
    expect(schedulePeriods(lines, null).upcoming).toEqual([]);
    expect(schedulePeriods(lines, null).past).toHaveLength(3);
  });
});
