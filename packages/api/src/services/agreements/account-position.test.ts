import type { PayableInstallment } from '@marque/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountPosition } from './account-position.js';

// Three monthly instalments of 100.00 then a 500.00 final payment.
const schedule: PayableInstallment[] = [
  { number: 1, dueDate: '2026-01-15', amount: 10_000, interest: 2_000, principal: 8_000 },
  { number: 2, dueDate: '2026-02-15', amount: 10_000, interest: 1_800, principal: 8_200 },
  { number: 3, dueDate: '2026-03-15', amount: 10_000, interest: 1_600, principal: 8_400 },
  { number: 4, dueDate: '2026-04-15', amount: 50_000, interest: 1_000, principal: 49_000 },
];
const paid = (entryDate: string, amount: number) => ({
  entryDate,
  kind: 'payment_received' as const,
  amount,
});

describe('account position', () => {
  it('is up to date when every instalment due so far is paid', () => {
    const position = accountPosition(
      schedule,
      [paid('2026-01-15', 10_000), paid('2026-02-15', 10_000)],
      '2026-02-20',
    );
    expect(position).toEqual({
      balanceOutstanding: 60_000,
      credit: 0,
      arrears: { amount: 0, installmentsMissed: 0, oldestUnpaidDueDate: null },
      nextPayment: { dueDate: '2026-03-15', amount: 10_000 },
      progress: { paid: 20_000, total: 80_000 },
    });
  });

  it('shows two missed payments as arrears and keeps the next payment in the future', () => {
    const position = accountPosition(schedule, [paid('2026-01-15', 10_000)], '2026-03-20');
    expect(position.arrears).toEqual({
      amount: 20_000,
      installmentsMissed: 2,
      oldestUnpaidDueDate: '2026-02-15',
    });
    expect(position.nextPayment).toEqual({ dueDate: '2026-04-15', amount: 50_000 });
    expect(position.balanceOutstanding).toBe(70_000);
  });

  it('does not count an instalment due today as missed', () => {
    const position = accountPosition(schedule, [], '2026-01-15');
    expect(position.arrears.amount).toBe(0);
    expect(position.nextPayment).toEqual({ dueDate: '2026-01-15', amount: 10_000 });
  });

  it('asks only for the rest of a part-paid next instalment', () => {
    const position = accountPosition(
      schedule,
      [paid('2026-01-15', 10_000), paid('2026-02-10', 4_000)],
      '2026-02-10',
    );
    expect(position.nextPayment).toEqual({ dueDate: '2026-02-15', amount: 6_000 });
  });

  it('meets a late fee before later instalments, so an unpaid fee is arrears', () => {
    const position = accountPosition(
      schedule,
      [
        { entryDate: '2026-01-20', kind: 'fee', amount: 2_500 },
        paid('2026-01-21', 10_000),
        paid('2026-02-15', 10_000),
      ],
      '2026-02-20',
    );
    expect(position.arrears).toEqual({
      amount: 2_500,
      installmentsMissed: 1,
      oldestUnpaidDueDate: '2026-02-15',
    });
    expect(position.progress.total).toBe(82_500);
  });

  it('holds anything paid beyond the total as credit, with nothing outstanding', () => {
    const position = accountPosition(schedule, [paid('2026-01-10', 85_000)], '2026-01-10');
    expect(position).toMatchObject({ balanceOutstanding: 0, credit: 5_000, nextPayment: null });
  });

  it('treats a reversed payment as never received', () => {
    const position = accountPosition(
      schedule,
      [paid('2026-01-15', 10_000), { entryDate: '2026-01-19', kind: 'reversal', amount: 10_000 }],
      '2026-01-20',
    );
    expect(position.arrears.amount).toBe(10_000);
  });

  it('always splits the total between paid and outstanding, with arrears inside the outstanding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40_000 }), { maxLength: 6 }),
        fc.constantFrom('2026-01-01', '2026-02-15', '2026-03-16', '2026-05-01'),
        (payments, today) => {
          const ledger = payments.map((amount) => paid('2026-01-01', amount));
          const position = accountPosition(schedule, ledger, today);
          expect(position.progress.paid + position.balanceOutstanding).toBe(
            position.progress.total,
          );
          expect(position.arrears.amount).toBeLessThanOrEqual(position.balanceOutstanding);
          expect(position.balanceOutstanding).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
