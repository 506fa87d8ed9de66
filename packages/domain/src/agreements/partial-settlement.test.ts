import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError, sumMinor } from '../money/minor.js';
import { FinanceError } from './finance-error.js';
import { monthlyPayment } from './monthly-payment.js';
import { partialSettlement, type PartialSettlementMode } from './partial-settlement.js';
import { buildSchedule, type ScheduleTerms } from './schedule.js';

/** 10,000.00 at 6 % over 36 months, 304.22 a month from 15 February 2025. */
const hp: ScheduleTerms = {
  amountOfCredit: 1_000_000,
  annualRatePercent: 6,
  termMonths: 36,
  firstPaymentDate: '2025-02-15',
};
const pcp: ScheduleTerms = { ...hp, optionalFinalPayment: 400_000, optionToPurchaseFee: 1_000 };
const afterAYear = buildSchedule(hp).installments[11]?.balanceAfter ?? 0;

describe('partialSettlement', () => {
  it('takes the overpayment off the balance left after the paid instalments', () => {
    const result = partialSettlement({
      terms: hp,
      paidInstallments: 12,
      amount: 200_000,
      mode: 'reduce_payment',
    });
    expect(result.balanceBefore).toBe(afterAYear);
    expect(result.balanceAfter).toBe(afterAYear - 200_000);
  });

  it('keeps the term and lowers the payment to the annuity on the new balance (reduce_payment)', () => {
    const { remaining } = partialSettlement({
      terms: hp,
      paidInstallments: 12,
      amount: 200_000,
      mode: 'reduce_payment',
    });
    expect(remaining.monthlyPayment).toBe(monthlyPayment(afterAYear - 200_000, 6, 24));
    expect(remaining.monthlyPayment).toBeLessThan(30_422);
    expect(remaining.installments).toHaveLength(24);
    expect(remaining.installments[0]).toMatchObject({ number: 13, dueDate: '2026-02-15' });
    expect(remaining.installments.at(-1)).toMatchObject({
      number: 36,
      dueDate: '2028-01-15',
      balanceAfter: 0,
    });
  });

  it('keeps the payment and shortens the term (reduce_term)', () => {
    const { remaining } = partialSettlement({
      terms: hp,
      paidInstallments: 12,
      amount: 200_000,
      mode: 'reduce_term',
    });
    const monthly = remaining.installments;
    expect(remaining.monthlyPayment).toBe(30_422);
    expect(monthly.length).toBeLessThan(24);
    expect(monthly.slice(0, -1).every((installment) => installment.amount === 30_422)).toBe(true);
    expect(monthly.at(-1)?.amount).toBeLessThanOrEqual(30_422);
    expect(monthly.at(-1)?.balanceAfter).toBe(0);
    expect(monthlyPayment(afterAYear - 200_000, 6, monthly.length - 1)).toBeGreaterThan(30_422);
  });

  it('keeps the payment when a penny off it would cost more interest than a tiny overpayment saves', () => {
    expect(monthlyPayment(1_000_000 - 15, 6, 36)).toBe(30_421);
    const { remaining, interestSaved } = partialSettlement({
      terms: hp,
      paidInstallments: 0,
      amount: 15,
      mode: 'reduce_payment',
    });
    expect(remaining.monthlyPayment).toBe(30_422);
    expect(remaining.installments).toHaveLength(36);
    expect(remaining.installments.at(-1)?.amount).toBe(30_418 - 15);
    expect(interestSaved).toBe(0);
  });

  it('saves interest, more when the term is cut than when the payment is', () => {
    const request = { terms: hp, paidInstallments: 12, amount: 200_000 };
    const byPayment = partialSettlement({ ...request, mode: 'reduce_payment' });
    const byTerm = partialSettlement({ ...request, mode: 'reduce_term' });
    const interestStillDue = sumMinor(
      buildSchedule(hp)
        .installments.slice(12)
        .map((installment) => installment.interest),
    );
    expect(byPayment.interestSaved).toBe(interestStillDue - byPayment.remaining.totalInterest);
    expect(byPayment.interestSaved).toBeGreaterThan(0);
    expect(byTerm.interestSaved).toBeGreaterThan(byPayment.interestSaved);
  });

  it('leaves the PCP balloon and fee in place, the optional final payment a month after the new last payment', () => {
    const { remaining } = partialSettlement({
      terms: pcp,
      paidInstallments: 6,
      amount: 150_000,
      mode: 'reduce_term',
    });
    const monthly = remaining.installments.filter((installment) => installment.kind === 'monthly');
    const last = monthly.at(-1);
    expect(last?.balanceAfter).toBe(400_000);
    expect(last?.fee).toBe(0);
    expect(remaining.installments.at(-1)).toMatchObject({
      kind: 'optional_final_payment',
      number: (last?.number ?? 0) + 1,
      amount: 401_000,
      fee: 1_000,
    });
  });

  it('can apply the overpayment before the first instalment', () => {
    const { balanceBefore, remaining } = partialSettlement({
      terms: hp,
      paidInstallments: 0,
      amount: 100_000,
      mode: 'reduce_payment',
    });
    expect(balanceBefore).toBe(1_000_000);
    expect(remaining.monthlyPayment).toBe(monthlyPayment(900_000, 6, 36));
    expect(remaining.installments[0]?.number).toBe(1);
  });

  it('refuses nothing, a negative amount or one that would clear everything above the balloon', () => {
    const request = { terms: pcp, paidInstallments: 12, mode: 'reduce_term' as const };
    const balance = buildSchedule(pcp).installments[11]?.balanceAfter ?? 0;
    for (const amount of [0, -100, balance - 400_000, balance]) {
      expect(() => partialSettlement({ ...request, amount })).toThrow(
        expect.objectContaining({ code: 'invalid_overpayment' }),
      );
    }
    expect(() => partialSettlement({ ...request, amount: 12.5 })).toThrow(MoneyError);
    expect(partialSettlement({ ...request, amount: balance - 400_001 }).balanceAfter).toBe(400_001);
  });

  it('refuses a paid count outside the monthly instalments', () => {
    for (const paidInstallments of [-1, 36, 2.5]) {
      expect(() =>
        partialSettlement({ terms: hp, paidInstallments, amount: 100, mode: 'reduce_term' }),
      ).toThrow(FinanceError);
    }
  });

  const overpayments = fc
    .record({
      amountOfCredit: fc.integer({ min: 1_000, max: 5_000_000 }),
      annualRatePercent: fc.integer({ min: 0, max: 3_000 }).map((hundredths) => hundredths / 100),
      termMonths: fc.integer({ min: 2, max: 84 }),
      balloonShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.6, noNaN: true })),
      paidShare: fc.double({ min: 0, max: 0.99, noNaN: true }),
      amountShare: fc.double({ min: 0, max: 1, noNaN: true }),
      mode: fc.constantFrom<PartialSettlementMode>('reduce_term', 'reduce_payment'),
    })
    .map(({ balloonShare, paidShare, amountShare, mode, ...rest }) => {
      const terms = {
        ...rest,
        firstPaymentDate: '2025-01-31',
        optionalFinalPayment: Math.floor(rest.amountOfCredit * balloonShare),
      };
      const paidInstallments = Math.floor(paidShare * rest.termMonths);
      const balance =
        buildSchedule(terms).installments[paidInstallments - 1]?.balanceAfter ??
        rest.amountOfCredit;
      // Anything from a penny to a penny short of clearing everything above the balloon.
      const mostAllowed = balance - terms.optionalFinalPayment - 1;
      return {
        request: {
          terms,
          paidInstallments,
          mode,
          amount: 1 + Math.floor(amountShare * (mostAllowed - 1)),
        },
        mostAllowed,
      };
    })
    .filter(({ mostAllowed }) => mostAllowed >= 1)
    .map(({ request }) => request);

  it('never charges more interest after an overpayment than before it', () => {
    fc.assert(
      fc.property(overpayments, (request) => {
        expect(partialSettlement(request).interestSaved).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('still repays exactly the credit: paid principal, the overpayment and the new principal', () => {
    fc.assert(
      fc.property(overpayments, (request) => {
        const { remaining } = partialSettlement(request);
        const paidPrincipal = buildSchedule(request.terms)
          .installments.slice(0, request.paidInstallments)
          .map((installment) => installment.principal);
        const newPrincipal = remaining.installments.map((installment) => installment.principal);
        expect(sumMinor([...paidPrincipal, request.amount, ...newPrincipal])).toBe(
          request.terms.amountOfCredit,
        );
        expect(
          remaining.installments.filter((installment) => installment.kind === 'monthly').at(-1)
            ?.balanceAfter,
        ).toBe(request.terms.optionalFinalPayment);
      }),
      { numRuns: 300 },
    );
  });

  it('never raises the payment, nor lengthens the term', () => {
    fc.assert(
      fc.property(overpayments, (request) => {
        const original = buildSchedule(request.terms);
        const { remaining } = partialSettlement(request);
        const monthsLeft = request.terms.termMonths - request.paidInstallments;
        const monthly = remaining.installments.filter((i) => i.kind === 'monthly');
        expect(remaining.monthlyPayment).toBeLessThanOrEqual(original.monthlyPayment);
        expect(monthly.length).toBeLessThanOrEqual(monthsLeft);
        if (request.mode === 'reduce_payment') expect(monthly).toHaveLength(monthsLeft);
        else expect(remaining.monthlyPayment).toBe(original.monthlyPayment);
      }),
      { numRuns: 300 },
    );
  });
});
