import { describe, expect, it } from 'vitest';
import type { ScheduleLine } from './agreement-api-types.js';
import { balanceOverTime } from './balance-over-time.js';

function line(
  number: number,
  dueDate: string,
  amount: number,
  paid: number,
  status: ScheduleLine['status'],
): ScheduleLine {
  return {
    number,
    dueDate,
    amount,
    interest: 0,
    principal: amount,
    fee: 0,
    balanceAfter: 0,
    kind: 'monthly',
    paid,
    status,
  };
}

describe('balanceOverTime', () => {
  it('starts at everything payable and falls by each instalment to nothing', () => {
    const points = balanceOverTime('2026-01-01', [
      line(1, '2026-02-01', 100, 100, 'paid'),
      line(2, '2026-03-01', 100, 0, 'due'),
      line(3, '2026-04-01', 150, 0, 'due'),
    ]);
    expect(points.map((point) => point.scheduled)).toEqual([350, 250, 150, 0]);
    expect(points.map((point) => point.date)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
  });

  it('follows what was really paid up to today and leaves the future to the plan', () => {
    const points = balanceOverTime('2026-01-01', [
      line(1, '2026-02-01', 100, 100, 'paid'),
      line(2, '2026-03-01', 100, 0, 'overdue'),
      line(3, '2026-04-01', 100, 40, 'part_paid'),
      line(4, '2026-05-01', 100, 0, 'due'),
    ]);
    expect(points.map((point) => point.actual)).toEqual([400, 300, 300, 260, null]);
  });

  it('orders instalments by due date whatever order they arrive in', () => {
    const points = balanceOverTime('2026-01-01', [
      line(2, '2026-03-01', 100, 0, 'due'),
      line(1, '2026-02-01', 100, 0, 'due'),
    ]);
    expect(points.map((point) => point.date)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});
