import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateError } from '../calendar/iso-date.js';
import { sumMinor } from '../money/minor.js';
import { anHpAgreement, aPcpAgreement } from '../testing/agreement-factories.js';
import { FinanceError } from './finance-error.js';
import { buildSchedule, scheduleTermsOf, type ScheduleTerms } from './schedule.js';

const hp: ScheduleTerms = {
  amountOfCredit: 1_000_000,
  annualRatePercent: 6,
  termMonths: 36,
  firstPaymentDate: '2025-02-15',
};

const pcp: ScheduleTerms = { ...hp, optionalFinalPayment: 400_000 };

/** Schedule terms as a lender might write them: 0–30 % in hundredths, 1–96 months, any credit from a penny. */
const anyTerms = fc.record({
  amountOfCredit: fc.integer({ min: 1, max: 10_000_000 }),
  annualRatePercent: fc.integer({ min: 0, max: 3_000 }).map((hundredths) => hundredths / 100),
  termMonths: fc.integer({ min: 1, max: 96 }),
  balloonShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.7, noNaN: true })),
  optionToPurchaseFee: fc.integer({ min: 0, max: 50_000 }),
  firstPaymentDate: fc.constantFrom('2025-01-31', '2025-02-28', '2024-02-29', '2026-06-15'),
});

function termsFrom(generated: {
  amountOfCredit: number;
  annualRatePercent: number;
  termMonths: number;
  balloonShare: number;
  optionToPurchaseFee: number;
  firstPaymentDate: string;
}): ScheduleTerms {
  const { balloonShare, ...terms } = generated;
  return { ...terms, optionalFinalPayment: Math.floor(terms.amountOfCredit * balloonShare) };
}

describe('buildSchedule', () => {
  it('repays 10,000.00 at 6 % over 36 months with 304.22 a month, interest on the balance', () => {
    const schedule = buildSchedule(hp);
    expect(schedule.monthlyPayment).toBe(30_422);
    expect(schedule.installments).toHaveLength(36);
    expect(schedule.installments.slice(0, 2)).toEqual([
      {
        number: 1,
        dueDate: '2025-02-15',
        amount: 30_422,
        interest: 5_000,
        principal: 25_422,
        fee: 0,
        balanceAfter: 974_578,
        kind: 'monthly',
      },
      {
        number: 2,
        dueDate: '2025-03-15',
        amount: 30_422,
        interest: 4_873,
        principal: 25_549,
        fee: 0,
        balanceAfter: 949_029,
        kind: 'monthly',
      },
    ]);
  });

  it('lets the last instalment absorb the rounding so the balance ends at exactly zero', () => {
    const last = buildSchedule(hp).installments.at(-1);
    expect(last).toEqual({
      number: 36,
      dueDate: '2028-01-15',
      amount: 30_418,
      interest: 151,
      principal: 30_267,
      fee: 0,
      balanceAfter: 0,
      kind: 'monthly',
    });
  });

  it('totals the interest and what is repayable: 951.88 interest on 10,000.00', () => {
    expect(buildSchedule(hp)).toMatchObject({
      totalInterest: 95_188,
      totalChargeForCredit: 95_188,
      totalRepayable: 1_095_188,
      totalAmountPayable: 1_095_188,
    });
  });

  it('ends the PCP monthly payments on the optional final payment, due as its own instalment a month later', () => {
    const schedule = buildSchedule(pcp);
    expect(schedule.installments).toHaveLength(37);
    expect(schedule.monthlyPayment).toBe(20_253);
    expect(schedule.installments[35]?.balanceAfter).toBe(400_000);
    expect(schedule.installments[36]).toEqual({
      number: 37,
      dueDate: '2028-02-15',
      amount: 400_000,
      interest: 0,
      principal: 400_000,
      fee: 0,
      balanceAfter: 0,
      kind: 'optional_final_payment',
    });
    expect(schedule.totalRepayable).toBe(sumMinor(schedule.installments.map((i) => i.amount)));
  });

  it('counts due dates from the first each time: 31 January, 28 February, 31 March, 30 April', () => {
    const dates = buildSchedule({
      ...hp,
      termMonths: 4,
      firstPaymentDate: '2025-01-31',
    }).installments.map((installment) => installment.dueDate);
    expect(dates).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
  });

  it('falls on 29 February in a leap year', () => {
    const dates = buildSchedule({
      ...hp,
      termMonths: 2,
      firstPaymentDate: '2024-01-31',
    }).installments.map((installment) => installment.dueDate);
    expect(dates).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('adds the option-to-purchase fee to the last monthly instalment as a fee, interest and principal untouched', () => {
    const withoutFee = buildSchedule(hp);
    const withFee = buildSchedule({ ...hp, optionToPurchaseFee: 9_500 });
    expect(withFee.installments.at(-1)).toEqual({
      ...withoutFee.installments.at(-1),
      amount: 30_418 + 9_500,
      fee: 9_500,
    });
    expect(withFee.installments.slice(0, -1)).toEqual(withoutFee.installments.slice(0, -1));
    expect(withFee.totalRepayable).toBe(withoutFee.totalRepayable + 9_500);
    expect(withFee.totalChargeForCredit).toBe(withoutFee.totalChargeForCredit + 9_500);
    expect(withFee.totalInterest).toBe(withoutFee.totalInterest);
  });

  it('puts the PCP fee on the optional final payment, which is when ownership passes', () => {
    const installments = buildSchedule({ ...pcp, optionToPurchaseFee: 1_000 }).installments;
    expect(installments[35]?.fee).toBe(0);
    expect(installments[36]).toMatchObject({ amount: 401_000, principal: 400_000, fee: 1_000 });
  });

  it('counts the deposit in the total amount payable only', () => {
    const schedule = buildSchedule({ ...hp, deposit: 200_000 });
    expect(schedule.totalRepayable).toBe(1_095_188);
    expect(schedule.totalAmountPayable).toBe(1_295_188);
  });

  it('charges no interest at 0 %', () => {
    const schedule = buildSchedule({
      ...hp,
      annualRatePercent: 0,
      amountOfCredit: 100_000,
      termMonths: 3,
    });
    expect(schedule.installments.map((installment) => installment.amount)).toEqual([
      33_333, 33_333, 33_334,
    ]);
    expect(schedule.totalInterest).toBe(0);
  });

  it('never takes the balance below the balloon on penny amounts over a long term', () => {
    const schedule = buildSchedule({
      ...hp,
      annualRatePercent: 0,
      amountOfCredit: 9,
      termMonths: 6,
    });
    expect(schedule.installments.map((installment) => installment.amount)).toEqual([
      2, 2, 2, 2, 1, 0,
    ]);
    expect(schedule.installments.at(-1)?.balanceAfter).toBe(0);
  });

  it('refuses a fee or deposit that is negative and a first payment date that is not a date', () => {
    expect(() => buildSchedule({ ...hp, optionToPurchaseFee: -1 })).toThrow(FinanceError);
    expect(() => buildSchedule({ ...hp, deposit: -1 })).toThrow(FinanceError);
    expect(() => buildSchedule({ ...hp, firstPaymentDate: '2025-02-30' })).toThrow(DateError);
    expect(() => buildSchedule({ ...hp, termMonths: 0 })).toThrow(FinanceError);
  });

  it('has principal parts summing to the credit exactly and a balance that ends on the balloon', () => {
    fc.assert(
      fc.property(anyTerms, (generated) => {
        const terms = termsFrom(generated);
        const balloon = terms.optionalFinalPayment ?? 0;
        const { installments } = buildSchedule(terms);
        const monthly = installments.filter((installment) => installment.kind === 'monthly');
        expect(sumMinor(installments.map((installment) => installment.principal))).toBe(
          terms.amountOfCredit,
        );
        expect(monthly.at(-1)?.balanceAfter).toBe(balloon);
        expect(installments).toHaveLength(terms.termMonths + (balloon > 0 ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every figure a whole, non-negative number of minor units, each amount its parts', () => {
    fc.assert(
      fc.property(anyTerms, (generated) => {
        const malformed = buildSchedule(termsFrom(generated)).installments.filter(
          ({ amount, interest, principal, fee, balanceAfter }) =>
            [amount, interest, principal, fee, balanceAfter].some(
              (figure) => !Number.isSafeInteger(figure) || figure < 0,
            ) || amount !== interest + principal + fee,
        );
        expect(malformed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('charges each month a twelfth of the rate on the balance, rounded half up', () => {
    fc.assert(
      fc.property(anyTerms, (generated) => {
        const terms = termsFrom(generated);
        const monthlyRate = terms.annualRatePercent / 1_200;
        let balance = terms.amountOfCredit;
        const misrated = buildSchedule(terms).installments.filter((installment) => {
          const exactInterest = installment.kind === 'monthly' ? balance * monthlyRate : 0;
          balance = installment.balanceAfter;
          return Math.abs(installment.interest - exactInterest) > 0.5 + 1e-9;
        });
        expect(misrated).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scheduleTermsOf', () => {
  it('reads the credit terms of an HP agreement, with no balloon', () => {
    const agreement = anHpAgreement({ optionToPurchaseFee: 1_000 });
    expect(scheduleTermsOf(agreement)).toEqual({
      amountOfCredit: 1_699_500,
      annualRatePercent: 6.9,
      termMonths: 48,
      firstPaymentDate: '2026-02-15',
      optionalFinalPayment: 0,
      optionToPurchaseFee: 1_000,
      deposit: 200_000,
    });
  });

  it('takes the optional final payment of a PCP agreement as the balloon', () => {
    const terms = scheduleTermsOf(aPcpAgreement());
    expect(terms.optionalFinalPayment).toBe(1_285_000);
    expect(buildSchedule(terms).installments).toHaveLength(48);
  });
});
