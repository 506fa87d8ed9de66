import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLease, anHpAgreement, aPcpAgreement } from '../testing/agreement-factories.js';
import { endOfTermOptions, MileageError } from './end-of-term.js';
import { buildSchedule, scheduleTermsOf } from './schedule.js';

describe('endOfTermOptions for PCP', () => {
  // 47 payments from 15 Feb 2026, the optional final payment a month after the last: 48 months from the start.
  const pcp = aPcpAgreement({ optionToPurchaseFee: 10_00 });

  it('offers paying the optional final payment plus the option fee, handing back, or part-exchanging', () => {
    expect(endOfTermOptions(pcp, { asOf: '2029-12-16', estimatedMileage: 45_000 })).toEqual({
      endDate: '2030-01-15',
      daysUntilEnd: 30,
      options: [
        { option: 'pay_final_payment', amount: 12_860_00, dueDate: '2030-01-15' },
        {
          option: 'hand_back',
          mileageAllowance: 40_000,
          excessMileage: 5_000,
          excessMileageCharge: 450_00,
        },
        { option: 'part_exchange', optionalFinalPayment: 12_850_00 },
      ],
    });
  });

  it('ends on the schedule’s optional final payment date', () => {
    const last = buildSchedule(scheduleTermsOf(pcp)).installments.at(-1);
    const { endDate } = endOfTermOptions(pcp, { asOf: '2026-01-15', estimatedMileage: 0 });
    expect(last?.kind).toBe('optional_final_payment');
    expect(endDate).toBe(last?.dueDate);
  });

  it('charges nothing when the estimate is within the allowance', () => {
    const { options } = endOfTermOptions(pcp, { asOf: '2026-06-01', estimatedMileage: 40_000 });
    expect(options[1]).toEqual({
      option: 'hand_back',
      mileageAllowance: 40_000,
      excessMileage: 0,
      excessMileageCharge: 0,
    });
  });

  it('counts a part month of the contract as a whole month of allowance', () => {
    const deferred = aPcpAgreement({ startDate: '2026-01-01', firstPaymentDate: '2026-02-15' });
    const { options } = endOfTermOptions(deferred, { asOf: '2026-01-01', estimatedMileage: 0 });
    // 1 Jan 2026 to 15 Jan 2030 is 48 months and 14 days: 49 months at 10,000 a year is 40,833⅓ miles.
    expect(options[1]).toMatchObject({ mileageAllowance: 40_834 });
  });
});

describe('endOfTermOptions for a lease', () => {
  it('offers the return of the car at the end of the hire, with excess mileage over the term', () => {
    expect(endOfTermOptions(aLease(), { asOf: '2028-12-15', estimatedMileage: 30_000 })).toEqual({
      endDate: '2029-01-15',
      daysUntilEnd: 31,
      options: [
        {
          option: 'return',
          mileageAllowance: 24_000,
          excessMileage: 6_000,
          excessMileageCharge: 720_00,
        },
      ],
    });
  });
});

describe('endOfTermOptions for HP', () => {
  it('passes ownership with the last payment, when the option-to-purchase fee is paid', () => {
    const hp = anHpAgreement({ optionToPurchaseFee: 10_00 });
    expect(endOfTermOptions(hp, { asOf: '2026-01-15', estimatedMileage: 0 })).toEqual({
      endDate: '2030-01-15',
      daysUntilEnd: 1461,
      options: [{ option: 'ownership', transfersOn: '2030-01-15', optionToPurchaseFee: 10_00 }],
    });
  });
});

describe('endOfTermOptions', () => {
  it('shows no days left once the end date has passed', () => {
    expect(
      endOfTermOptions(aLease(), { asOf: '2029-03-01', estimatedMileage: 0 }).daysUntilEnd,
    ).toBe(0);
  });

  it('refuses a mileage that is negative, fractional or not a number', () => {
    for (const estimatedMileage of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => endOfTermOptions(aLease(), { asOf: '2026-06-01', estimatedMileage })).toThrow(
        MileageError,
      );
    }
  });

  it('prices every excess mile at the agreement’s rate and nothing within the allowance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 12, max: 60 }),
        (estimatedMileage, excessMileageRate, annualMileageAllowance, termMonths) => {
          const lease = aLease({ excessMileageRate, annualMileageAllowance, termMonths });
          const [option] = endOfTermOptions(lease, {
            asOf: '2026-01-15',
            estimatedMileage,
          }).options;
          if (option?.option !== 'return') throw new Error('a lease offers the return of the car');
          expect(option.mileageAllowance).toBe(
            Math.ceil((annualMileageAllowance * termMonths) / 12),
          );
          expect(option.excessMileage).toBe(
            Math.max(0, estimatedMileage - option.mileageAllowance),
          );
          expect(option.excessMileageCharge).toBe(option.excessMileage * excessMileageRate);
          expect(Number.isSafeInteger(option.excessMileageCharge)).toBe(true);
        },
      ),
    );
  });
});
