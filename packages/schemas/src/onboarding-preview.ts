import {
  aprOf,
  buildSchedule,
  FinanceError,
  formatMoney,
  leaseSchedule,
  nominalRateForApr,
  scheduleTermsOf,
  type Agreement,
  type CreditAgreement,
  type Currency,
  type Installment,
  type LeaseInstallment,
  type Minor,
} from '@marque/domain';
import type { OnboardingTerms } from './staff-onboarding.js';

/** What the agreement will be: its schedule and the figures the dealer and customer sign. */
export interface OnboardingPreview {
  agreement: Agreement;
  installments: (Installment | LeaseInstallment)[];
  /** The level monthly payment (the monthly rental for a lease). */
  monthlyPayment: Minor;
  /** HP and PCP only. */
  amountOfCredit: Minor | null;
  /** The nominal rate written on the agreement (found from the APR when the dealer quoted one). */
  annualRatePercent: number | null;
  /** The APR to disclose (CONC App 1, one decimal place); HP and PCP only. */
  apr: number | null;
  totalChargeForCredit: Minor | null;
  /** Everything the customer pays: deposit and instalments (for a lease, every rental). */
  totalAmountPayable: Minor;
}

export type OnboardingPreviewResult =
  { ok: true; preview: OnboardingPreview } | { ok: false; fieldErrors: Record<string, string> };

function refused(field: string, message: string): OnboardingPreviewResult {
  return { ok: false, fieldErrors: { [field]: message } };
}

/**
 * The agreement an onboarding form describes, built and priced by the domain: the same answer in
 * the console's live preview and in the procedure that creates it. Terms the finance maths cannot
 * carry come back as field messages, never as an exception.
 */
export function onboardingPreview(
  terms: OnboardingTerms,
  options: { agreementNumber: string; currency: Currency },
): OnboardingPreviewResult {
  const common = {
    agreementNumber: options.agreementNumber,
    currency: options.currency,
    startDate: terms.startDate,
    firstPaymentDate: terms.firstPaymentDate,
    termMonths: terms.termMonths,
  };
  try {
    if (terms.product === 'LEASE') {
      if (terms.termMonths < 2) {
        return refused('termMonths', 'A lease runs for at least 2 months.');
      }
      const lease = {
        ...common,
        type: 'LEASE' as const,
        monthlyRental: terms.monthlyRental ?? 0,
        initialRentalMonths: terms.initialRentalMonths ?? 1,
        annualMileageAllowance: terms.annualMileageAllowance ?? 0,
        excessMileageRate: terms.excessMileageRate ?? 0,
      };
      const schedule = leaseSchedule(lease);
      return {
        ok: true,
        preview: {
          agreement: lease,
          installments: schedule.installments,
          monthlyPayment: lease.monthlyRental,
          amountOfCredit: null,
          annualRatePercent: null,
          apr: null,
          totalChargeForCredit: null,
          totalAmountPayable: schedule.totalRentals,
        },
      };
    }
    const cashPrice = terms.cashPrice ?? 0;
    const deposit = terms.deposit ?? 0;
    const amountOfCredit = cashPrice - deposit;
    const balloon = terms.product === 'PCP' ? (terms.optionalFinalPayment ?? 0) : 0;
    if (balloon > amountOfCredit) {
      return refused(
        'optionalFinalPayment',
        `The optional final payment must not be more than the amount of credit (${formatMoney(amountOfCredit, options.currency)}).`,
      );
    }
    const credit = {
      ...common,
      cashPrice,
      deposit,
      amountOfCredit,
      annualRatePercent: terms.ratePercent ?? 0,
      optionToPurchaseFee: terms.optionToPurchaseFee ?? 0,
    };
    let agreement: CreditAgreement =
      terms.product === 'PCP'
        ? {
            ...credit,
            type: 'PCP',
            optionalFinalPayment: balloon,
            annualMileageAllowance: terms.annualMileageAllowance ?? 0,
            excessMileageRate: terms.excessMileageRate ?? 0,
          }
        : { ...credit, type: 'HP' };
    if (terms.rateBasis === 'apr') {
      const rate = nominalRateForApr(agreement, terms.ratePercent ?? 0);
      if (rate === null) {
        return refused(
          'ratePercent',
          'No rate gives exactly this APR with these terms. An APR has one decimal place, like 6.9.',
        );
      }
      agreement = { ...agreement, annualRatePercent: rate };
    }
    const schedule = buildSchedule(scheduleTermsOf(agreement));
    return {
      ok: true,
      preview: {
        agreement,
        installments: schedule.installments,
        monthlyPayment: schedule.monthlyPayment,
        amountOfCredit,
        annualRatePercent: agreement.annualRatePercent,
        apr: aprOf(agreement).rounded,
        totalChargeForCredit: schedule.totalChargeForCredit,
        totalAmountPayable: schedule.totalAmountPayable,
      },
    };
  } catch (error) {
    if (error instanceof FinanceError) {
      return refused('termMonths', 'These terms do not make an agreement. Check the figures.');
    }
    throw error;
  }
}
