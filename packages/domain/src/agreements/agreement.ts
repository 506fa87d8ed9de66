import type { IsoDate } from '../calendar/iso-date.js';
import type { Currency, Minor } from '../money/minor.js';

/** HP: hire purchase; PCP: personal contract purchase (with an optional final payment); LEASE: contract hire. */
export type AgreementType = 'HP' | 'PCP' | 'LEASE';

/** What every agreement carries, whatever its type. */
interface AgreementCommon {
  agreementNumber: string;
  currency: Currency;
  /** Date the agreement was signed and the credit advanced (or the lease began). */
  startDate: IsoDate;
  /** Due date of the first monthly payment; later ones fall on the same day of each month. */
  firstPaymentDate: IsoDate;
  /** Number of monthly payments (for a lease, the months of hire). */
  termMonths: number;
}

/** The credit terms shared by HP and PCP: a fixed-sum, fixed-rate loan repaid monthly. */
interface CreditAgreementTerms extends AgreementCommon {
  cashPrice: Minor;
  deposit: Minor;
  /** cashPrice − deposit: the amount advanced. */
  amountOfCredit: Minor;
  /** Nominal annual interest rate in percent (6 means 6 % a year, 0.5 % a month). */
  annualRatePercent: number;
  /** Fee payable with the last payment to take ownership (0 when none). */
  optionToPurchaseFee: Minor;
}

export interface HpAgreement extends CreditAgreementTerms {
  type: 'HP';
}

export interface PcpAgreement extends CreditAgreementTerms {
  type: 'PCP';
  /** The guaranteed future value, due one month after the last monthly payment. */
  optionalFinalPayment: Minor;
  annualMileageAllowance: number;
  /** Charge per mile over the allowance, in minor units. */
  excessMileageRate: Minor;
}

export interface LeaseAgreement extends AgreementCommon {
  type: 'LEASE';
  monthlyRental: Minor;
  /** The initial rental as a multiple of the monthly rental (e.g. 3, 6 or 9). */
  initialRentalMonths: number;
  annualMileageAllowance: number;
  excessMileageRate: Minor;
}

export type Agreement = HpAgreement | PcpAgreement | LeaseAgreement;
export type CreditAgreement = HpAgreement | PcpAgreement;

/** The balloon a credit agreement's schedule ends on: the optional final payment for PCP, zero for HP. */
export function balloonOf(agreement: CreditAgreement): Minor {
  return agreement.type === 'PCP' ? agreement.optionalFinalPayment : 0;
}

/** The lease's initial rental: the monthly rental times the agreed multiple. */
export function initialRental(lease: LeaseAgreement): Minor {
  return lease.monthlyRental * lease.initialRentalMonths;
}
