import type { HpAgreement, LeaseAgreement, PcpAgreement } from '../agreements/agreement.js';
import { addMonths } from '../calendar/iso-date.js';
import { nextInSequence } from './sequence.js';

type Overrides<T> = Partial<Omit<T, 'type'>>;

/** A fresh agreement number in the lender's format, e.g. MQ00000001. */
export function anAgreementNumber(): string {
  return `MQ${String(nextInSequence('agreement')).padStart(8, '0')}`;
}

const DEFAULT_START = '2026-01-15';

/** The fields every agreement shares; the first payment follows the start by a month unless given. */
function commonTerms(overrides: Overrides<HpAgreement | PcpAgreement | LeaseAgreement>) {
  const startDate = overrides.startDate ?? DEFAULT_START;
  return {
    agreementNumber: overrides.agreementNumber ?? anAgreementNumber(),
    currency: overrides.currency ?? 'GBP',
    startDate,
    firstPaymentDate: overrides.firstPaymentDate ?? addMonths(startDate, 1),
  };
}

/**
 * The price terms of a credit agreement kept consistent (cash price − deposit = amount of credit):
 * whichever of the three is not overridden follows from the others.
 */
function priceTerms(
  defaults: { cashPrice: number; deposit: number },
  overrides: Overrides<HpAgreement | PcpAgreement>,
) {
  const deposit = overrides.deposit ?? defaults.deposit;
  if (overrides.cashPrice === undefined && overrides.amountOfCredit !== undefined) {
    return {
      cashPrice: deposit + overrides.amountOfCredit,
      deposit,
      amountOfCredit: overrides.amountOfCredit,
    };
  }
  const cashPrice = overrides.cashPrice ?? defaults.cashPrice;
  return { cashPrice, deposit, amountOfCredit: overrides.amountOfCredit ?? cashPrice - deposit };
}

/** A hire-purchase agreement: 18,995.00 car, 2,000.00 deposit, 6.9 % over 48 months, from 15 Jan 2026. */
export function anHpAgreement(overrides: Overrides<HpAgreement> = {}): HpAgreement {
  return {
    annualRatePercent: 6.9,
    termMonths: 48,
    optionToPurchaseFee: 0,
    ...overrides,
    ...commonTerms(overrides),
    ...priceTerms({ cashPrice: 1_899_500, deposit: 200_000 }, overrides),
    type: 'HP',
  };
}

/**
 * A PCP agreement: 32,500.00 car, 5,000.00 deposit, 8.9 % over 47 monthly payments then an optional
 * final payment of 12,850.00; 10,000 miles a year, 9p a mile over.
 */
export function aPcpAgreement(overrides: Overrides<PcpAgreement> = {}): PcpAgreement {
  return {
    annualRatePercent: 8.9,
    termMonths: 47,
    optionToPurchaseFee: 0,
    optionalFinalPayment: 1_285_000,
    annualMileageAllowance: 10_000,
    excessMileageRate: 9,
    ...overrides,
    ...commonTerms(overrides),
    ...priceTerms({ cashPrice: 3_250_000, deposit: 500_000 }, overrides),
    type: 'PCP',
  };
}

/** A 36-month lease at 349.00 a month with six months' rental up front; 8,000 miles a year, 12p a mile over. */
export function aLease(overrides: Overrides<LeaseAgreement> = {}): LeaseAgreement {
  return {
    termMonths: 36,
    monthlyRental: 34_900,
    initialRentalMonths: 6,
    annualMileageAllowance: 8_000,
    excessMileageRate: 12,
    ...overrides,
    ...commonTerms(overrides),
    type: 'LEASE',
  };
}
