import { beforeEach, describe, expect, it } from 'vitest';
import { isIsoDate } from '../calendar/iso-date.js';
import { leaseSchedule } from '../agreements/lease-schedule.js';
import { buildSchedule, scheduleTermsOf } from '../agreements/schedule.js';
import { isMinor } from '../money/minor.js';
import { aLease, anAgreementNumber, anHpAgreement, aPcpAgreement } from './agreement-factories.js';
import { resetFactories } from './sequence.js';

beforeEach(() => {
  resetFactories();
});

describe('anHpAgreement', () => {
  it('defaults to an 18,995.00 car with 2,000.00 down at 6.9 % over 48 months from 15 January 2026', () => {
    expect(anHpAgreement()).toEqual({
      type: 'HP',
      agreementNumber: 'MQ00000001',
      currency: 'GBP',
      startDate: '2026-01-15',
      firstPaymentDate: '2026-02-15',
      termMonths: 48,
      cashPrice: 1_899_500,
      deposit: 200_000,
      amountOfCredit: 1_699_500,
      annualRatePercent: 6.9,
      optionToPurchaseFee: 0,
    });
  });

  it('keeps cash price − deposit = amount of credit when either is overridden', () => {
    const bigDeposit = anHpAgreement({ deposit: 500_000 });
    expect(bigDeposit.amountOfCredit).toBe(1_399_500);
    const dearer = anHpAgreement({ cashPrice: 2_500_000 });
    expect(dearer.amountOfCredit).toBe(2_300_000);
    const byCredit = anHpAgreement({ amountOfCredit: 1_000_000 });
    expect(byCredit.cashPrice - byCredit.deposit).toBe(1_000_000);
  });

  it('puts the first payment a month after an overridden start date', () => {
    const agreement = anHpAgreement({ startDate: '2026-01-31' });
    expect(agreement.firstPaymentDate).toBe('2026-02-28');
    expect(
      anHpAgreement({ startDate: '2026-03-01', firstPaymentDate: '2026-04-10' }).firstPaymentDate,
    ).toBe('2026-04-10');
  });

  it('applies any other override as given', () => {
    const agreement = anHpAgreement({ termMonths: 36, annualRatePercent: 0, currency: 'USD' });
    expect(agreement).toMatchObject({ termMonths: 36, annualRatePercent: 0, currency: 'USD' });
  });
});

describe('aPcpAgreement', () => {
  it('defaults to 32,500.00 less 5,000.00 at 8.9 %, 47 payments and a 12,850.00 optional final payment', () => {
    const pcp = aPcpAgreement();
    expect(pcp).toMatchObject({
      type: 'PCP',
      cashPrice: 3_250_000,
      deposit: 500_000,
      amountOfCredit: 2_750_000,
      annualRatePercent: 8.9,
      termMonths: 47,
      optionalFinalPayment: 1_285_000,
      annualMileageAllowance: 10_000,
      excessMileageRate: 9,
      startDate: '2026-01-15',
      firstPaymentDate: '2026-02-15',
    });
    expect(pcp.optionalFinalPayment).toBeLessThan(pcp.amountOfCredit);
  });

  it('keeps the price terms consistent under overrides', () => {
    const pcp = aPcpAgreement({ cashPrice: 4_000_000, deposit: 800_000 });
    expect(pcp.amountOfCredit).toBe(3_200_000);
  });
});

describe('aLease', () => {
  it('defaults to 36 months at 349.00 with six rentals up front, 8,000 miles a year and 12p a mile', () => {
    expect(aLease()).toEqual({
      type: 'LEASE',
      agreementNumber: 'MQ00000001',
      currency: 'GBP',
      startDate: '2026-01-15',
      firstPaymentDate: '2026-02-15',
      termMonths: 36,
      monthlyRental: 34_900,
      initialRentalMonths: 6,
      annualMileageAllowance: 8_000,
      excessMileageRate: 12,
    });
  });

  it('takes overrides such as a 3 + 35 profile', () => {
    expect(aLease({ initialRentalMonths: 3 }).initialRentalMonths).toBe(3);
  });
});

describe('agreement numbers', () => {
  it('are unique across factories and restart at MQ00000001 after resetFactories', () => {
    const numbers = [anHpAgreement(), aPcpAgreement(), aLease()].map((a) => a.agreementNumber);
    expect(numbers).toEqual(['MQ00000001', 'MQ00000002', 'MQ00000003']);
    expect(anAgreementNumber()).toBe('MQ00000004');
    resetFactories();
    expect(anHpAgreement().agreementNumber).toBe('MQ00000001');
  });

  it('are not consumed when an agreement number is given', () => {
    expect(anHpAgreement({ agreementNumber: 'MQ99999999' }).agreementNumber).toBe('MQ99999999');
    expect(anHpAgreement().agreementNumber).toBe('MQ00000001');
  });
});

describe('every factory', () => {
  it('produces whole minor units and real ISO dates', () => {
    for (const agreement of [anHpAgreement(), aPcpAgreement(), aLease()]) {
      for (const [field, value] of Object.entries(agreement)) {
        if (field.endsWith('Date')) expect(isIsoDate(value), field).toBe(true);
        if (typeof value === 'number' && field !== 'annualRatePercent') {
          expect(isMinor(value), field).toBe(true);
        }
      }
    }
  });
});

describe('the agreements the factories build', () => {
  it('are valid credit agreements whose schedule repays the credit in full', () => {
    for (const agreement of [anHpAgreement(), aPcpAgreement()]) {
      const { installments } = buildSchedule(scheduleTermsOf(agreement));
      expect(installments.at(-1)?.balanceAfter).toBe(0);
      const principal = installments.reduce((sum, i) => sum + i.principal, 0);
      expect(principal).toBe(agreement.amountOfCredit);
    }
  });

  it('give the default HP a level 406.18 a month and the default PCP 465.63', () => {
    expect(buildSchedule(scheduleTermsOf(anHpAgreement())).monthlyPayment).toBe(406_18);
    expect(buildSchedule(scheduleTermsOf(aPcpAgreement())).monthlyPayment).toBe(465_63);
  });

  it('give the default lease 36 rentals starting on the start date', () => {
    const { installments } = leaseSchedule(aLease());
    expect(installments).toHaveLength(36);
    expect(installments[0]?.dueDate).toBe('2026-01-15');
  });
});
