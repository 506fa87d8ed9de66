import {
  aprOf,
  buildSchedule,
  endOfTermOptions,
  initialRental,
  leaseSchedule,
  scheduleTermsOf,
  voluntaryTermination,
  type IsoDate,
  type Minor,
  type VoluntaryTerminationFigure,
} from '@marque/domain';
import type { AgreementRecord } from './agreement-queries.js';
import { summariseAgreement, type AgreementSummary } from './agreement-summary.js';

export interface MileageTerms {
  annualAllowance: number;
  /** Charge per mile over the allowance, in minor units. */
  excessRate: Minor;
}

/** The figures of an HP or PCP agreement, as the pre-contract information discloses them. */
export interface CreditFigures {
  type: 'HP' | 'PCP';
  cashPrice: Minor;
  deposit: Minor;
  amountOfCredit: Minor;
  /** Nominal annual rate in percent. */
  annualRatePercent: number;
  /** CONC App 1 APR in percent, one decimal place. */
  apr: number;
  monthlyPayment: Minor;
  totalChargeForCredit: Minor;
  /** Deposit plus every instalment, fees and any optional final payment. */
  totalAmountPayable: Minor;
  optionToPurchaseFee: Minor;
  /** PCP only. */
  optionalFinalPayment: Minor | null;
  /** PCP only. */
  mileage: MileageTerms | null;
  /** The Consumer Credit Act s.99 right to hand the car back, priced on the day asked about. */
  voluntaryTermination: VoluntaryTerminationFigure;
}

/** The figures of a lease (contract hire): rentals only, the car never becomes the customer's. */
export interface LeaseFigures {
  type: 'LEASE';
  monthlyRental: Minor;
  initialRentalMonths: number;
  initialRental: Minor;
  /** Every rental, the initial one included. */
  totalAmountPayable: Minor;
  mileage: MileageTerms;
}

export interface AgreementDetail extends AgreementSummary {
  firstPaymentDate: IsoDate;
  /** HP: the last payment; PCP: the optional final payment's due date; lease: the end of the hire. */
  endDate: IsoDate;
  figures: CreditFigures | LeaseFigures;
}

/** Everything the agreement page shows: the summary, the disclosed figures, APR and the s.99 figure. */
export function describeAgreement(record: AgreementRecord, today: IsoDate): AgreementDetail {
  const { agreement } = record;
  const summary = summariseAgreement(record, today);
  const { endDate } = endOfTermOptions(agreement, { asOf: today, estimatedMileage: 0 });
  const common = { ...summary, firstPaymentDate: agreement.firstPaymentDate, endDate };
  if (agreement.type === 'LEASE') {
    return {
      ...common,
      figures: {
        type: 'LEASE',
        monthlyRental: agreement.monthlyRental,
        initialRentalMonths: agreement.initialRentalMonths,
        initialRental: initialRental(agreement),
        totalAmountPayable: leaseSchedule(agreement).totalRentals,
        mileage: {
          annualAllowance: agreement.annualMileageAllowance,
          excessRate: agreement.excessMileageRate,
        },
      },
    };
  }
  const schedule = buildSchedule(scheduleTermsOf(agreement));
  const { position } = summary;
  return {
    ...common,
    figures: {
      type: agreement.type,
      cashPrice: agreement.cashPrice,
      deposit: agreement.deposit,
      amountOfCredit: agreement.amountOfCredit,
      annualRatePercent: agreement.annualRatePercent,
      apr: aprOf(agreement).rounded,
      monthlyPayment: schedule.monthlyPayment,
      totalChargeForCredit: schedule.totalChargeForCredit,
      totalAmountPayable: schedule.totalAmountPayable,
      optionToPurchaseFee: agreement.optionToPurchaseFee,
      optionalFinalPayment: agreement.type === 'PCP' ? agreement.optionalFinalPayment : null,
      mileage:
        agreement.type === 'PCP'
          ? {
              annualAllowance: agreement.annualMileageAllowance,
              excessRate: agreement.excessMileageRate,
            }
          : null,
      // The deposit counts as paid: s.100 measures payments against a total that includes it.
      voluntaryTermination: voluntaryTermination(
        agreement,
        agreement.deposit + position.progress.paid,
        position.arrears.amount,
      ),
    },
  };
}
