import type { Agreement } from '@marque/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementRow } from '../../db/customer-agreement-tables.js';
import {
  AgreementRecordError,
  agreementFromRow,
  agreementTermsColumns,
  basisPointsFromRatePercent,
  ratePercentFromBasisPoints,
} from './agreement-row.js';

const common = {
  agreementNumber: 'MQ00012345',
  currency: 'GBP',
  startDate: '2025-09-15',
  firstPaymentDate: '2025-10-15',
  termMonths: 36,
} as const;

const hp: Agreement = {
  ...common,
  type: 'HP',
  cashPrice: 1_850_000,
  deposit: 185_000,
  amountOfCredit: 1_665_000,
  annualRatePercent: 6.9,
  optionToPurchaseFee: 1_000,
};
const pcp: Agreement = {
  ...hp,
  type: 'PCP',
  optionalFinalPayment: 744_000,
  annualMileageAllowance: 10_000,
  excessMileageRate: 8,
};
const lease: Agreement = {
  ...common,
  type: 'LEASE',
  monthlyRental: 29_900,
  initialRentalMonths: 6,
  annualMileageAllowance: 8_000,
  excessMileageRate: 12,
};

function storedRow(agreement: Agreement): AgreementRow {
  return {
    ...agreementTermsColumns(agreement),
    id: 'a-1',
    customer_id: 'c-1',
    status: 'active',
    vehicle_description: '2024 hatchback, 1.5 petrol, manual',
    vehicle_registration: 'AB24 CDE',
    dealer_name: 'Northgate Motors',
    created_at: '2025-09-15T10:00:00.000Z',
  } as AgreementRow;
}

describe('agreement rows', () => {
  it.each([hp, pcp, lease])('stores and reads back a $type agreement unchanged', (agreement) => {
    expect(agreementFromRow(storedRow(agreement))).toEqual(agreement);
  });

  it('stores the nominal rate as whole basis points (6.9 % is 690)', () => {
    expect(agreementTermsColumns(hp).annual_rate_bp).toBe(690);
  });

  it('stores the agreement number in canonical form', () => {
    expect(agreementTermsColumns({ ...hp, agreementNumber: 'mq-0001 2345' }).agreement_number).toBe(
      'MQ00012345',
    );
  });

  it('leaves the columns a lease does not have empty', () => {
    const columns = agreementTermsColumns(lease);
    expect(columns.amount_of_credit).toBeNull();
    expect(columns.annual_rate_bp).toBeNull();
    expect(columns.optional_final_payment).toBeNull();
  });

  it('leaves the PCP-only columns of an HP agreement empty', () => {
    const columns = agreementTermsColumns(hp);
    expect(columns.optional_final_payment).toBeNull();
    expect(columns.annual_mileage_allowance).toBeNull();
  });

  it('refuses a PCP row without its optional final payment as a data fault', () => {
    const row = { ...storedRow(pcp), optional_final_payment: null };
    expect(() => agreementFromRow(row)).toThrow(AgreementRecordError);
  });

  it('refuses a rate finer than a basis point rather than rounding it away', () => {
    expect(() => basisPointsFromRatePercent(6.905)).toThrow(AgreementRecordError);
  });

  it('round-trips every whole number of basis points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (basisPoints) => {
        expect(basisPointsFromRatePercent(ratePercentFromBasisPoints(basisPoints))).toBe(
          basisPoints,
        );
      }),
    );
  });
});
