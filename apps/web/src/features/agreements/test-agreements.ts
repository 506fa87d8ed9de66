import type { AgreementDetail, AgreementSummary, ScheduleLine } from './agreement-api-types.js';

export const TEST_AGREEMENT_ID = '3f2b1c4d-8e7a-4b6c-9d0e-1a2b3c4d5e6f';

/** An HP agreement as agreements.list answers for component tests, a payment or two missed if asked. */
export function testSummary(overrides: Partial<AgreementSummary> = {}): AgreementSummary {
  return {
    id: TEST_AGREEMENT_ID,
    agreementNumber: 'MQ20240101',
    type: 'HP',
    status: 'active',
    currency: 'GBP',
    vehicle: { description: '2024 hatchback, 1.5 petrol, manual', registration: 'LD24 KXP' },
    dealerName: 'Northgate Motors, Leeds',
    startDate: '2025-09-23',
    termMonths: 48,
    regularPayment: 40_000,
    position: {
      balanceOutstanding: 1_360_000,
      credit: 0,
      arrears: { amount: 0, installmentsMissed: 0, oldestUnpaidDueDate: null },
      nextPayment: { dueDate: '2026-12-23', amount: 40_000 },
      progress: { paid: 560_000, total: 1_920_000 },
    },
    ...overrides,
  };
}

/** The same agreement as agreements.get answers. */
export function testDetail(): AgreementDetail {
  return {
    ...testSummary(),
    firstPaymentDate: '2025-10-23',
    endDate: '2029-09-23',
    figures: {
      type: 'HP',
      cashPrice: 1_849_500,
      deposit: 200_000,
      amountOfCredit: 1_649_500,
      annualRatePercent: 7.9,
      apr: 8.2,
      monthlyPayment: 40_180,
      totalChargeForCredit: 280_000,
      totalAmountPayable: 2_129_500,
      optionToPurchaseFee: 1_000,
      optionalFinalPayment: null,
      mileage: null,
      voluntaryTermination: {
        available: true,
        totalAmountPayable: 2_129_500,
        halfTotalAmountPayable: 1_064_750,
        paidToDate: 760_000,
        dueUnpaid: 0,
        amountToReachHalf: 304_750,
        eligibleNow: false,
      },
    },
  };
}

/** A schedule line for component tests. */
export function testLine(
  number: number,
  dueDate: string,
  status: ScheduleLine['status'],
  amount = 40_000,
): ScheduleLine {
  return {
    number,
    dueDate,
    amount,
    interest: 10_000,
    principal: amount - 10_000,
    fee: 0,
    balanceAfter: 0,
    kind: 'monthly',
    paid: status === 'paid' ? amount : 0,
    status,
  };
}
