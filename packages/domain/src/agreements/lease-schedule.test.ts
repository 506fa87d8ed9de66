import { describe, expect, it } from 'vitest';
import { aLease } from '../testing/agreement-factories.js';
import { arrearsOf } from './allocate-payment.js';
import { FinanceError } from './finance-error.js';
import { leaseSchedule } from './lease-schedule.js';

describe('leaseSchedule', () => {
  const lease = aLease({ monthlyRental: 349_00, initialRentalMonths: 6, termMonths: 36 });

  it('takes the initial rental on the start date, then termMonths − 1 monthly rentals', () => {
    const { installments, totalRentals } = leaseSchedule(lease);
    expect(installments).toHaveLength(36);
    expect(installments[0]).toEqual({
      number: 1,
      dueDate: '2026-01-15',
      amount: 2_094_00,
      interest: 0,
      principal: 2_094_00,
      fee: 0,
      balanceAfter: 35 * 349_00,
      kind: 'initial_rental',
    });
    expect(installments[1]).toMatchObject({
      number: 2,
      dueDate: '2026-02-15',
      amount: 349_00,
      kind: 'monthly',
    });
    expect(installments.at(-1)).toMatchObject({
      number: 36,
      dueDate: '2028-12-15',
      amount: 349_00,
      balanceAfter: 0,
    });
    expect(totalRentals).toBe(2_094_00 + 35 * 349_00);
  });

  it('follows a 3 + 35 profile when three rentals are paid up front', () => {
    const { installments } = leaseSchedule(aLease({ initialRentalMonths: 3 }));
    expect(installments[0]?.amount).toBe(3 * 349_00);
    expect(installments.filter((i) => i.kind === 'monthly')).toHaveLength(35);
  });

  it('carries no interest: each rental is all principal and the balance falls by it', () => {
    const { installments, totalRentals } = leaseSchedule(lease);
    let balance = totalRentals;
    for (const installment of installments) {
      expect(installment.interest).toBe(0);
      expect(installment.principal).toBe(installment.amount);
      balance -= installment.amount;
      expect(installment.balanceAfter).toBe(balance);
    }
  });

  it('feeds the same allocation and arrears rules as a loan schedule', () => {
    const { installments } = leaseSchedule(lease);
    expect(arrearsOf(installments, 2_094_00, '2026-03-20')).toEqual({
      amount: 2 * 349_00,
      installmentsMissed: 2,
      oldestUnpaidDueDate: '2026-02-15',
    });
  });

  it('refuses a term or initial rental that is not a whole number of months, or a negative rental', () => {
    expect(() => leaseSchedule(aLease({ termMonths: 0 }))).toThrow(FinanceError);
    expect(() => leaseSchedule(aLease({ initialRentalMonths: 1.5 }))).toThrow(FinanceError);
    expect(() => leaseSchedule(aLease({ monthlyRental: -1 }))).toThrow(FinanceError);
  });
});
