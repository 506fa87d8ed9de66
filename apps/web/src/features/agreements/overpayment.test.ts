import { buildSchedule, type ScheduleTerms } from '@marque/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduleLine } from './agreement-api-types.js';
import { overpaymentChoices, paidMonthlyInstallments } from './overpayment.js';

const hp: ScheduleTerms = {
  amountOfCredit: 1_000_000,
  annualRatePercent: 6,
  termMonths: 36,
  firstPaymentDate: '2026-02-01',
  optionToPurchaseFee: 0,
  deposit: 0,
};

function line(
  number: number,
  status: ScheduleLine['status'],
  kind: ScheduleLine['kind'] = 'monthly',
) {
  return {
    number,
    dueDate: '2026-01-01',
    amount: 100,
    interest: 0,
    principal: 100,
    fee: 0,
    balanceAfter: 0,
    kind,
    paid: status === 'paid' ? 100 : 0,
    status,
  } satisfies ScheduleLine;
}

describe('paidMonthlyInstallments', () => {
  it('counts the monthly instalments paid in full from the first until one is not', () => {
    expect(
      paidMonthlyInstallments([
        line(1, 'paid'),
        line(2, 'paid'),
        line(3, 'overdue'),
        line(4, 'paid'),
      ]),
    ).toBe(2);
  });

  it('ignores the optional final payment and is all of them once every month is paid', () => {
    expect(
      paidMonthlyInstallments([
        line(2, 'paid'),
        line(1, 'paid'),
        line(3, 'due', 'optional_final_payment'),
      ]),
    ).toBe(2);
  });
});

describe('overpaymentChoices', () => {
  it('shortens the term at the same payment, or lowers the payment over the same months', () => {
    const choices = overpaymentChoices(hp, 12, 200_000);
    if (!choices.ok) throw new Error('expected both choices');
    const original = buildSchedule(hp);
    const termLeft = choices.reduceTerm.remaining.installments.length;
    expect(termLeft).toBeLessThan(24);
    expect(choices.reduceTerm.remaining.monthlyPayment).toBe(original.monthlyPayment);
    expect(choices.reducePayment.remaining.installments).toHaveLength(24);
    expect(choices.reducePayment.remaining.monthlyPayment).toBeLessThan(original.monthlyPayment);
    expect(choices.reduceTerm.interestSaved).toBeGreaterThan(choices.reducePayment.interestSaved);
  });

  it('says the amount is out of range when it would clear the whole balance or is nothing', () => {
    expect(overpaymentChoices(hp, 12, 0)).toEqual({ ok: false, reason: 'amount_out_of_range' });
    expect(overpaymentChoices(hp, 12, 10_000_000)).toEqual({
      ok: false,
      reason: 'amount_out_of_range',
    });
  });

  it('has nothing to recalculate once every monthly payment is made', () => {
    expect(overpaymentChoices(hp, 36, 100)).toEqual({ ok: false, reason: 'no_payments_left' });
  });

  it('never costs interest, whichever way and however much', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (paid, amount) => {
          const choices = overpaymentChoices(hp, paid, amount);
          if (!choices.ok) return;
          expect(choices.reduceTerm.interestSaved).toBeGreaterThanOrEqual(0);
          expect(choices.reducePayment.interestSaved).toBeGreaterThanOrEqual(0);
          expect(choices.reduceTerm.balanceAfter).toBe(choices.reduceTerm.balanceBefore - amount);
        },
      ),
    );
  });
});
