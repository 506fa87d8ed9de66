import { describe, expect, it } from 'vitest';
import { scheduleLines, type ScheduledInstallment } from './schedule-lines.js';

const line = (number: number, dueDate: string, balanceAfter: number): ScheduledInstallment => ({
  number,
  dueDate,
  amount: 10_000,
  interest: 1_000,
  principal: 9_000,
  fee: 0,
  balanceAfter,
  kind: 'monthly',
});
const schedule = [
  line(1, '2026-01-15', 18_000),
  line(2, '2026-02-15', 9_000),
  line(3, '2026-03-15', 0),
];

describe('schedule lines', () => {
  it('marks paid, overdue, part paid and due instalments on the day asked about', () => {
    const lines = scheduleLines(
      [...schedule, line(4, '2026-04-15', 0)],
      [
        { entryDate: '2026-01-15', kind: 'payment_received', amount: 10_000 },
        { entryDate: '2026-03-01', kind: 'payment_received', amount: 13_000 },
      ],
      '2026-03-10',
    );
    expect(lines.map((l) => [l.number, l.paid, l.status])).toEqual([
      [1, 10_000, 'paid'],
      [2, 10_000, 'paid'],
      [3, 3_000, 'part_paid'],
      [4, 0, 'due'],
    ]);
  });

  it('keeps the stored figures of each instalment', () => {
    const [first] = scheduleLines(schedule, [], '2026-01-01');
    expect(first).toMatchObject({ balanceAfter: 18_000, kind: 'monthly', status: 'due' });
  });

  it('shows an unpaid instalment as overdue the day after it fell due', () => {
    const lines = scheduleLines(schedule, [], '2026-01-16');
    expect(lines[0]?.status).toBe('overdue');
  });
});
