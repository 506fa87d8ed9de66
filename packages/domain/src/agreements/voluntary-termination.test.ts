import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLease, anHpAgreement, aPcpAgreement } from '../testing/agreement-factories.js';
import { FinanceError } from './finance-error.js';
import { buildSchedule, scheduleTermsOf } from './schedule.js';
import { voluntaryTermination } from './voluntary-termination.js';

// The default HP (16,995.00 at 6.9 % over 48 months): 47 × 406.18 + 406.11, plus the 2,000.00 deposit.
const hp = anHpAgreement();
const HP_TOTAL = 2_000_00 + 47 * 406_18 + 406_11;

describe('voluntaryTermination', () => {
  it('counts the deposit, every instalment and fees in the total amount payable', () => {
    expect(voluntaryTermination(hp, 0, 0).totalAmountPayable).toBe(HP_TOTAL);
    const withFee = anHpAgreement({ optionToPurchaseFee: 10_00 });
    expect(voluntaryTermination(withFee, 0, 0).totalAmountPayable).toBe(HP_TOTAL + 10_00);
  });

  it('rounds an odd penny half up when halving', () => {
    expect(HP_TOTAL % 2).toBe(1);
    expect(voluntaryTermination(hp, 0, 0).halfTotalAmountPayable).toBe((HP_TOTAL + 1) / 2);
  });

  it('asks for the shortfall to half after the deposit and 20 payments', () => {
    const paid = 2_000_00 + 20 * 406_18;
    expect(voluntaryTermination(hp, paid, 0)).toEqual({
      available: true,
      totalAmountPayable: 21_496_57,
      halfTotalAmountPayable: 10_748_29,
      paidToDate: paid,
      dueUnpaid: 0,
      amountToReachHalf: 10_748_29 - paid,
      eligibleNow: false,
    });
  });

  it('counts instalments due and unpaid towards half, since they are owed anyway', () => {
    const paid = 2_000_00 + 20 * 406_18;
    const figure = voluntaryTermination(hp, paid, 10_748_29 - paid);
    expect(figure.amountToReachHalf).toBe(0);
    expect(figure.eligibleNow).toBe(true);
  });

  it('is eligible with nothing more to pay once half has been paid', () => {
    const figure = voluntaryTermination(hp, 15_000_00, 0);
    expect(figure.amountToReachHalf).toBe(0);
    expect(figure.eligibleNow).toBe(true);
  });

  it('includes the optional final payment in a PCP total', () => {
    const pcp = aPcpAgreement();
    const figure = voluntaryTermination(pcp, 0, 0);
    const schedule = buildSchedule(scheduleTermsOf(pcp));
    const instalments = schedule.installments.reduce((sum, i) => sum + i.amount, 0);
    expect(figure.totalAmountPayable).toBe(pcp.deposit + instalments);
    expect(schedule.installments.at(-1)?.amount).toBe(pcp.optionalFinalPayment);
    expect(figure.totalAmountPayable).toBe(39_734_41);
    expect(figure.halfTotalAmountPayable).toBe(19_867_21);
  });

  it('is not available on a lease, which is hire and not credit', () => {
    expect(voluntaryTermination(aLease(), 5_000_00, 0)).toEqual({
      available: false,
      reason: 'consumer_hire',
    });
  });

  it('refuses negative amounts paid or due', () => {
    expect(() => voluntaryTermination(hp, -1, 0)).toThrow(FinanceError);
    expect(() => voluntaryTermination(hp, 0, -1)).toThrow(FinanceError);
  });

  it('always asks for exactly max(0, half − paid − due and unpaid)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000_00 }),
        fc.integer({ min: 0, max: 5_000_00 }),
        fc.integer({ min: 1_000_00, max: 60_000_00 }),
        fc.integer({ min: 12, max: 60 }),
        (paid, due, credit, termMonths) => {
          const agreement = anHpAgreement({ amountOfCredit: credit, termMonths });
          const figure = voluntaryTermination(agreement, paid, due);
          const doubled = figure.halfTotalAmountPayable * 2 - figure.totalAmountPayable;
          expect(doubled === 0 || doubled === 1).toBe(true);
          expect(figure.amountToReachHalf).toBe(
            Math.max(0, figure.halfTotalAmountPayable - paid - due),
          );
          expect(figure.eligibleNow).toBe(figure.amountToReachHalf === 0);
          expect(
            voluntaryTermination(agreement, paid + 1, due).amountToReachHalf,
          ).toBeLessThanOrEqual(figure.amountToReachHalf);
        },
      ),
      { numRuns: 50 },
    );
  });
});
