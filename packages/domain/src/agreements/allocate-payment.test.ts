import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../calendar/iso-date.js';
import { MoneyError } from '../money/minor.js';
import { FinanceError } from './finance-error.js';
import {
  allocatePayment,
  arrearsOf,
  installmentStatus,
  type InstallmentAllocation,
  type PayableInstallment,
} from './allocate-payment.js';

/** Three monthly instalments of 100.00 (20.00 interest), the last carrying a 10.00 fee. */
const schedule: PayableInstallment[] = [
  { number: 1, dueDate: '2026-02-15', amount: 100_00, interest: 20_00, principal: 80_00 },
  { number: 2, dueDate: '2026-03-15', amount: 100_00, interest: 15_00, principal: 85_00 },
  {
    number: 3,
    dueDate: '2026-04-15',
    amount: 110_00,
    interest: 10_00,
    principal: 90_00,
    fee: 10_00,
  },
];

describe('allocatePayment', () => {
  it('pays the oldest instalment in full before the next, interest before principal', () => {
    expect(allocatePayment(schedule, 0, 150_00)).toEqual({
      allocations: [
        { installmentNumber: 1, fees: 0, interest: 20_00, principal: 80_00, total: 100_00 },
        { installmentNumber: 2, fees: 0, interest: 15_00, principal: 35_00, total: 50_00 },
      ],
      overpayment: 0,
    });
  });

  it('continues from what has already been paid', () => {
    expect(allocatePayment(schedule, 150_00, 60_00)).toEqual({
      allocations: [
        { installmentNumber: 2, fees: 0, interest: 0, principal: 50_00, total: 50_00 },
        { installmentNumber: 3, fees: 10_00, interest: 0, principal: 0, total: 10_00 },
      ],
      overpayment: 0,
    });
  });

  it('meets the fee on an instalment before its interest and principal', () => {
    expect(allocatePayment(schedule, 200_00, 15_00).allocations).toEqual([
      { installmentNumber: 3, fees: 10_00, interest: 5_00, principal: 0, total: 15_00 },
    ]);
  });

  it('returns what exceeds the whole schedule as overpayment', () => {
    expect(allocatePayment(schedule, 300_00, 25_00)).toEqual({
      allocations: [{ installmentNumber: 3, fees: 0, interest: 0, principal: 10_00, total: 10_00 }],
      overpayment: 15_00,
    });
    expect(allocatePayment(schedule, 400_00, 5_00)).toEqual({ allocations: [], overpayment: 5_00 });
  });

  it('allocates by due date whatever order the instalments arrive in', () => {
    expect(allocatePayment([...schedule].reverse(), 0, 100_00)).toEqual(
      allocatePayment(schedule, 0, 100_00),
    );
  });

  it('allocates nothing for a zero payment', () => {
    expect(allocatePayment(schedule, 0, 0)).toEqual({ allocations: [], overpayment: 0 });
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => allocatePayment(schedule, 0, -1)).toThrow(FinanceError);
    expect(() => allocatePayment(schedule, 0, 10.5)).toThrow(MoneyError);
    expect(() => allocatePayment(schedule, -1, 10)).toThrow(FinanceError);
  });

  it('refuses an instalment whose parts do not add up to its amount', () => {
    const broken = [
      { number: 1, dueDate: '2026-02-15', amount: 100_00, interest: 20_00, principal: 70_00 },
    ];
    expect(() => allocatePayment(broken, 0, 1)).toThrow(FinanceError);
  });
});

describe('installmentStatus', () => {
  const [first] = schedule as [PayableInstallment];

  it('is due, not overdue, on the due date itself', () => {
    expect(installmentStatus(first, 0, '2026-02-15')).toBe('due');
    expect(installmentStatus(first, 0, '2026-01-20')).toBe('due');
  });

  it('is overdue the day after its due date while unpaid or part paid', () => {
    expect(installmentStatus(first, 0, '2026-02-16')).toBe('overdue');
    expect(installmentStatus(first, 99_99, '2026-02-16')).toBe('overdue');
  });

  it('is part paid before its due date when some has been allocated', () => {
    expect(installmentStatus(first, 40_00, '2026-02-10')).toBe('part_paid');
  });

  it('is paid once its whole amount has been allocated, whatever the date', () => {
    expect(installmentStatus(first, 100_00, '2026-01-20')).toBe('paid');
    expect(installmentStatus(first, 100_00, '2027-01-01')).toBe('paid');
  });
});

describe('arrearsOf', () => {
  it('is nothing when every instalment past its due date is paid', () => {
    expect(arrearsOf(schedule, 100_00, '2026-03-15')).toEqual({
      amount: 0,
      installmentsMissed: 0,
      oldestUnpaidDueDate: null,
    });
  });

  it('counts the unpaid part of each overdue instalment from the oldest', () => {
    expect(arrearsOf(schedule, 60_00, '2026-03-20')).toEqual({
      amount: 140_00,
      installmentsMissed: 2,
      oldestUnpaidDueDate: '2026-02-15',
    });
  });

  it('ignores instalments not yet past their due date', () => {
    expect(arrearsOf(schedule, 0, '2026-02-15').amount).toBe(0);
    expect(arrearsOf(schedule, 0, '2026-02-16')).toEqual({
      amount: 100_00,
      installmentsMissed: 1,
      oldestUnpaidDueDate: '2026-02-15',
    });
  });
});

const anInstallmentList = fc
  .array(
    fc.record({
      fee: fc.option(fc.integer({ min: 0, max: 50_00 }), { nil: undefined }),
      interest: fc.integer({ min: 0, max: 500_00 }),
      principal: fc.integer({ min: 0, max: 2_000_00 }),
    }),
    { minLength: 1, maxLength: 24 },
  )
  .map((rows) =>
    rows.map((row, index): PayableInstallment => ({
      number: index + 1,
      dueDate: addMonths('2026-02-15', index),
      amount: (row.fee ?? 0) + row.interest + row.principal,
      ...row,
    })),
  );

const totalOf = (installments: readonly PayableInstallment[]) =>
  installments.reduce((sum, i) => sum + i.amount, 0);

/** Per-instalment totals of one or more allocations, keyed by instalment number. */
function merged(...runs: InstallmentAllocation[][]): Map<number, InstallmentAllocation> {
  const byNumber = new Map<number, InstallmentAllocation>();
  for (const a of runs.flat()) {
    const seen = byNumber.get(a.installmentNumber);
    byNumber.set(
      a.installmentNumber,
      seen
        ? {
            installmentNumber: a.installmentNumber,
            fees: seen.fees + a.fees,
            interest: seen.interest + a.interest,
            principal: seen.principal + a.principal,
            total: seen.total + a.total,
          }
        : a,
    );
  }
  return byNumber;
}

describe('allocatePayment properties', () => {
  const aCase = anInstallmentList.chain((installments) => {
    const total = totalOf(installments);
    return fc.record({
      installments: fc.constant(installments),
      paidBefore: fc.integer({ min: 0, max: total + 100_00 }),
      amount: fc.integer({ min: 0, max: total + 100_00 }),
    });
  });

  it('allocates the whole amount exactly: allocations plus overpayment equal the payment', () => {
    fc.assert(
      fc.property(aCase, ({ installments, paidBefore, amount }) => {
        const { allocations, overpayment } = allocatePayment(installments, paidBefore, amount);
        const allocated = allocations.reduce((sum, a) => sum + a.total, 0);
        expect(allocated + overpayment).toBe(amount);
        for (const a of allocations) {
          expect(a.fees + a.interest + a.principal).toBe(a.total);
          expect(a.total).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never allocates more to an instalment, or to any part of it, than it owes', () => {
    fc.assert(
      fc.property(aCase, ({ installments, paidBefore, amount }) => {
        const before = allocatePayment(installments, 0, paidBefore).allocations;
        const now = allocatePayment(installments, paidBefore, amount).allocations;
        for (const [number, paid] of merged(before, now)) {
          const installment = installments.find((i) => i.number === number);
          expect(installment).toBeDefined();
          if (!installment) return;
          expect(paid.total).toBeLessThanOrEqual(installment.amount);
          expect(paid.fees).toBeLessThanOrEqual(installment.fee ?? 0);
          expect(paid.interest).toBeLessThanOrEqual(installment.interest);
          expect(paid.principal).toBeLessThanOrEqual(installment.principal);
        }
      }),
    );
  });

  it('pays oldest first: only the last instalment it touches can be left part paid', () => {
    fc.assert(
      fc.property(aCase, ({ installments, amount }) => {
        const shuffled = [...installments].reverse();
        const { allocations, overpayment } = allocatePayment(shuffled, 0, amount);
        const touched = allocations.map((a) => a.installmentNumber);
        const positive = installments.filter((i) => i.amount > 0).map((i) => i.number);
        expect(touched).toEqual(positive.slice(0, touched.length));
        allocations.slice(0, -1).forEach((a) => {
          expect(a.total).toBe(installments[a.installmentNumber - 1]?.amount);
        });
        if (overpayment > 0) expect(touched).toEqual(positive);
      }),
    );
  });

  it('meets fees, then interest, then principal within an instalment', () => {
    fc.assert(
      fc.property(aCase, ({ installments, amount }) => {
        for (const a of allocatePayment(installments, 0, amount).allocations) {
          const installment = installments[a.installmentNumber - 1];
          if (!installment) throw new Error('allocated to an unknown instalment');
          if (a.interest > 0) expect(a.fees).toBe(installment.fee ?? 0);
          if (a.principal > 0) expect(a.interest).toBe(installment.interest);
        }
      }),
    );
  });

  it('allocating in two parts equals allocating the sum at once', () => {
    fc.assert(
      fc.property(
        aCase,
        fc.integer({ min: 0, max: 5_000_00 }),
        ({ installments, paidBefore, amount }, second) => {
          const first = allocatePayment(installments, paidBefore, amount);
          const then = allocatePayment(installments, paidBefore + amount, second);
          const once = allocatePayment(installments, paidBefore, amount + second);
          expect(merged(first.allocations, then.allocations)).toEqual(merged(once.allocations));
          expect(first.overpayment + then.overpayment).toBe(once.overpayment);
        },
      ),
    );
  });

  it('puts arrears at what fell due before the date less what was paid, never below zero', () => {
    fc.assert(
      fc.property(
        aCase,
        fc.integer({ min: 0, max: 30 }),
        ({ installments, paidBefore }, months) => {
          const asOf = addMonths('2026-02-16', months - 1);
          const fellDue = totalOf(installments.filter((i) => i.dueDate < asOf));
          const arrears = arrearsOf(installments, paidBefore, asOf);
          expect(arrears.amount).toBe(Math.max(0, fellDue - paidBefore));
          expect(arrears.installmentsMissed === 0).toBe(arrears.oldestUnpaidDueDate === null);
        },
      ),
    );
  });
});
