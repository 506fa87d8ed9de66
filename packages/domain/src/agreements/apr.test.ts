import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../money/minor.js';
import { anHpAgreement, aPcpAgreement } from '../testing/agreement-factories.js';
import { aprFlowsOf, aprOf, roundAprPercent, solveApr, type AprFlow } from './apr.js';
import { FinanceError } from './finance-error.js';
import { buildSchedule, type Installment, type Schedule } from './schedule.js';

/** `count` equal monthly repayments of `amount`, the first a month after the advance. */
function monthly(count: number, amount: number): AprFlow[] {
  return Array.from({ length: count }, (_, index) => ({ t: (index + 1) / 12, amount: -amount }));
}

describe('solveApr', () => {
  it('gives 13.9 % (13.857 unrounded) for a 7,200.00 PCP: 47 × 156.84, then 2,440.59 a month later', () => {
    const apr = solveApr([
      { t: 0, amount: 720_000 },
      ...monthly(47, 15_684),
      { t: 48 / 12, amount: -244_059 },
    ]);
    expect(apr.rounded).toBe(13.9);
    expect(apr.exact).toBeCloseTo(13.857, 3);
  });

  it('gives 9.7 % for 5,000.00 repaid by three annual payments of 2,000.00', () => {
    const flows = [1, 2, 3].map((t) => ({ t, amount: -200_000 }));
    expect(solveApr([{ t: 0, amount: 500_000 }, ...flows]).rounded).toBe(9.7);
  });

  it('gives 9.6 % for 15,000.00 at 5 % flat over 4 years (48 × 375.00)', () => {
    expect(solveApr([{ t: 0, amount: 1_500_000 }, ...monthly(48, 37_500)]).rounded).toBe(9.6);
  });

  it('gives exactly 10 % for 1,000.00 repaid with 1,100.00 a year later', () => {
    const apr = solveApr([
      { t: 0, amount: 100_000 },
      { t: 1, amount: -110_000 },
    ]);
    expect(apr.exact).toBeCloseTo(10, 9);
    expect(apr.rounded).toBe(10);
  });

  it('gives 0 % when the repayments only return the credit', () => {
    expect(solveApr([{ t: 0, amount: 120_000 }, ...monthly(12, 10_000)])).toEqual({
      exact: 0,
      rounded: 0,
    });
  });

  it('finds a negative rate when less comes back than was lent', () => {
    expect(
      solveApr([
        { t: 0, amount: 100_000 },
        { t: 1, amount: -90_000 },
      ]).rounded,
    ).toBe(-10);
  });

  it('counts a charge paid at the advance against the credit', () => {
    const withoutCharge = solveApr([{ t: 0, amount: 1_000_000 }, ...monthly(36, 30_422)]);
    const withCharge = solveApr([
      { t: 0, amount: 1_000_000 },
      { t: 0, amount: -20_000 },
      ...monthly(36, 30_422),
    ]);
    expect(withCharge.exact).toBeGreaterThan(withoutCharge.exact + 1);
  });

  it('has no solution when nothing is repaid, or nothing advanced', () => {
    expect(() => solveApr([{ t: 0, amount: 100_000 }])).toThrow(FinanceError);
    expect(() => solveApr(monthly(12, 10_000))).toThrow(FinanceError);
    expect(() => solveApr([])).toThrow(FinanceError);
  });

  it('has no solution when everything falls on one day and the repayments differ from the advance', () => {
    expect(() =>
      solveApr([
        { t: 0, amount: 100_000 },
        { t: 0, amount: -150_000 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'no_apr_solution' }));
  });

  it('refuses a negative or infinite time and a fractional amount', () => {
    expect(() =>
      solveApr([
        { t: -1, amount: 100 },
        { t: 1, amount: -110 },
      ]),
    ).toThrow(FinanceError);
    expect(() =>
      solveApr([
        { t: 0, amount: 100 },
        { t: Number.POSITIVE_INFINITY, amount: -110 },
      ]),
    ).toThrow(FinanceError);
    expect(() =>
      solveApr([
        { t: 0, amount: 100.5 },
        { t: 1, amount: -110 },
      ]),
    ).toThrow(MoneyError);
  });

  it('recovers the rate the repayments were priced at', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100_000, max: 2_000_000 }), { minLength: 3, maxLength: 60 }),
        fc.integer({ min: -500, max: 2_000 }).map((tenthsOfPercent) => tenthsOfPercent / 1_000),
        (repayments, rate) => {
          const flows = repayments.map((amount, index) => ({
            t: (index + 1) / 12,
            amount: -amount,
          }));
          const credit = Math.round(
            flows.reduce((total, flow) => total - flow.amount * (1 + rate) ** -flow.t, 0),
          );
          expect(solveApr([{ t: 0, amount: credit }, ...flows]).exact).toBeCloseTo(rate * 100, 2);
        },
      ),
      { numRuns: 200 },
    );
  });

  /** A fee-free schedule's flows: the credit at 0, instalment k at k/12 unless `timeOf` says otherwise. */
  function flowsOf(
    schedule: Schedule,
    credit: number,
    timeOf = (installment: Installment) => installment.number / 12,
  ): AprFlow[] {
    return [
      { t: 0, amount: credit },
      ...schedule.installments.map((installment) => ({
        t: timeOf(installment),
        amount: -installment.amount,
      })),
    ];
  }

  const creditTerms = fc.record({
    amountOfCredit: fc.integer({ min: 100_000, max: 5_000_000 }),
    annualRatePercent: fc.integer({ min: 1, max: 3_000 }).map((hundredths) => hundredths / 100),
    termMonths: fc.integer({ min: 12, max: 84 }),
    firstPaymentDate: fc.constant('2026-02-15'),
  });

  it('reproduces the nominal rate of a fee-free HP schedule as its effective annual rate, within 0.1', () => {
    fc.assert(
      fc.property(creditTerms, (terms) => {
        const schedule = buildSchedule(terms);
        const effective = ((1 + terms.annualRatePercent / 1_200) ** 12 - 1) * 100;
        expect(
          Math.abs(solveApr(flowsOf(schedule, terms.amountOfCredit)).exact - effective),
        ).toBeLessThanOrEqual(0.1);
      }),
      { numRuns: 150 },
    );
  });

  it('reproduces it for PCP once the optional final payment is timed with the last monthly one, as the annuity formula prices it', () => {
    fc.assert(
      fc.property(
        creditTerms,
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        (terms, balloonShare) => {
          const optionalFinalPayment = Math.floor(terms.amountOfCredit * balloonShare);
          const schedule = buildSchedule({ ...terms, optionalFinalPayment });
          const effective = ((1 + terms.annualRatePercent / 1_200) ** 12 - 1) * 100;
          const pricedAt = (installment: Installment) =>
            Math.min(installment.number, terms.termMonths) / 12;
          const apr = solveApr(flowsOf(schedule, terms.amountOfCredit, pricedAt)).exact;
          expect(Math.abs(apr - effective)).toBeLessThanOrEqual(0.1);
          // Collected a month later without interest, the balloon makes the true APR lower.
          expect(solveApr(flowsOf(schedule, terms.amountOfCredit)).exact).toBeLessThan(apr);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('roundAprPercent', () => {
  it('rounds to one decimal place, half up, whatever the binary error: 13.85 gives 13.9', () => {
    expect(roundAprPercent(13.85)).toBe(13.9);
    expect(roundAprPercent(1.05)).toBe(1.1);
    expect(roundAprPercent(13.857)).toBe(13.9);
    expect(roundAprPercent(13.8499)).toBe(13.8);
    expect(roundAprPercent(9.64)).toBe(9.6);
    expect(roundAprPercent(0)).toBe(0);
  });

  it('rounds every halfway tenth up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const halfway = (hundredths * 10 + 5) / 100;
        expect(roundAprPercent(halfway)).toBe((hundredths + 1) / 10);
      }),
      { numRuns: 500 },
    );
  });
});

describe('aprOf', () => {
  it('gives 6.2 % for 10,000.00 at 6 % over 36 months, paid monthly from a month after the advance', () => {
    const agreement = anHpAgreement({
      amountOfCredit: 1_000_000,
      annualRatePercent: 6,
      termMonths: 36,
      startDate: '2025-01-15',
      firstPaymentDate: '2025-02-15',
    });
    const apr = aprOf(agreement);
    expect(apr.exact).toBeCloseTo(6.168, 2);
    expect(apr.rounded).toBe(6.2);
  });

  it('counts the first payment a month after the advance as 1/12 of a year, the optional final payment after the term', () => {
    const agreement = aPcpAgreement({ startDate: '2026-01-31', firstPaymentDate: '2026-02-28' });
    const flows = aprFlowsOf(agreement);
    expect(flows[0]).toEqual({ t: 0, amount: agreement.amountOfCredit });
    expect(flows[1]?.t).toBeCloseTo(1 / 12, 12);
    expect(flows.at(-1)).toEqual({ t: 4, amount: -1_285_000 });
  });

  it('counts an odd first period in days/365 and whole twelfths after it', () => {
    const agreement = anHpAgreement({ startDate: '2026-01-15', firstPaymentDate: '2026-03-01' });
    const flows = aprFlowsOf(agreement);
    expect(flows[1]?.t).toBeCloseTo(45 / 365, 12);
    expect(flows[2]?.t).toBeCloseTo(45 / 365 + 1 / 12, 12);
  });

  it('includes the option-to-purchase fee, which raises the APR', () => {
    const withoutFee = aprOf(anHpAgreement());
    const withFee = aprOf(anHpAgreement({ optionToPurchaseFee: 20_000 }));
    expect(withFee.exact).toBeGreaterThan(withoutFee.exact);
  });

  it('falls when the same instalments start two months after the advance instead of one', () => {
    const prompt = aprOf(anHpAgreement({ firstPaymentDate: '2026-02-15' }));
    const later = aprOf(anHpAgreement({ firstPaymentDate: '2026-03-15' }));
    expect(later.exact).toBeLessThan(prompt.exact);
  });
});
