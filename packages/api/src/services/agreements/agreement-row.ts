import { normaliseAgreementNumber, type Agreement, type LeaseAgreement } from '@marque/domain';
import type { AgreementRow, NewAgreementRow } from '../../db/customer-agreement-tables.js';

/** A stored agreement that lacks a figure its type needs: a data fault, never the customer's. */
export class AgreementRecordError extends Error {
  override readonly name = 'AgreementRecordError';
}

/** The domain takes the nominal rate in percent; storage keeps integer basis points so no float is stored. */
export function ratePercentFromBasisPoints(basisPoints: number): number {
  return basisPoints / 100;
}

/** Whole basis points for a nominal rate in percent (6.9 → 690), refusing finer rates than storage holds. */
export function basisPointsFromRatePercent(percent: number): number {
  const basisPoints = Math.round(percent * 100);
  if (!Number.isSafeInteger(basisPoints) || Math.abs(basisPoints - percent * 100) > 1e-6) {
    throw new AgreementRecordError(`a rate of ${percent} % is finer than a basis point`);
  }
  return basisPoints;
}

function required<T>(value: T | null, column: keyof AgreementRow, row: AgreementRow): T {
  if (value === null) {
    throw new AgreementRecordError(`agreement ${row.id} (${row.type}) has no ${column}`);
  }
  return value;
}

/** The domain agreement a stored row describes (rate from basis points to percent). */
export function agreementFromRow(row: AgreementRow): Agreement {
  const common = {
    agreementNumber: row.agreement_number,
    currency: row.currency,
    startDate: row.start_date,
    firstPaymentDate: row.first_payment_date,
    termMonths: row.term_months,
  };
  if (row.type === 'LEASE') {
    return {
      ...common,
      type: 'LEASE',
      monthlyRental: required(row.monthly_rental, 'monthly_rental', row),
      initialRentalMonths: required(row.initial_rental_months, 'initial_rental_months', row),
      annualMileageAllowance: required(
        row.annual_mileage_allowance,
        'annual_mileage_allowance',
        row,
      ),
      excessMileageRate: required(row.excess_mileage_rate, 'excess_mileage_rate', row),
    } satisfies LeaseAgreement;
  }
  const credit = {
    ...common,
    cashPrice: required(row.cash_price, 'cash_price', row),
    deposit: required(row.deposit, 'deposit', row),
    amountOfCredit: required(row.amount_of_credit, 'amount_of_credit', row),
    annualRatePercent: ratePercentFromBasisPoints(
      required(row.annual_rate_bp, 'annual_rate_bp', row),
    ),
    optionToPurchaseFee: required(row.option_to_purchase_fee, 'option_to_purchase_fee', row),
  };
  if (row.type === 'HP') return { ...credit, type: 'HP' };
  return {
    ...credit,
    type: 'PCP',
    optionalFinalPayment: required(row.optional_final_payment, 'optional_final_payment', row),
    annualMileageAllowance: required(row.annual_mileage_allowance, 'annual_mileage_allowance', row),
    excessMileageRate: required(row.excess_mileage_rate, 'excess_mileage_rate', row),
  };
}

/** The financial columns of an agreement row; columns the type does not have are null. */
export type AgreementTermsColumns = Pick<
  NewAgreementRow,
  | 'agreement_number'
  | 'type'
  | 'currency'
  | 'start_date'
  | 'first_payment_date'
  | 'term_months'
  | 'cash_price'
  | 'deposit'
  | 'amount_of_credit'
  | 'annual_rate_bp'
  | 'option_to_purchase_fee'
  | 'optional_final_payment'
  | 'annual_mileage_allowance'
  | 'excess_mileage_rate'
  | 'monthly_rental'
  | 'initial_rental_months'
>;

/** The row columns that store a domain agreement (rate from percent to basis points, number normalised). */
export function agreementTermsColumns(agreement: Agreement): AgreementTermsColumns {
  const none = {
    cash_price: null,
    deposit: null,
    amount_of_credit: null,
    annual_rate_bp: null,
    option_to_purchase_fee: null,
    optional_final_payment: null,
    annual_mileage_allowance: null,
    excess_mileage_rate: null,
    monthly_rental: null,
    initial_rental_months: null,
  };
  const common = {
    ...none,
    // Stored canonical, so the identity check and staff search compare like with like.
    agreement_number: normaliseAgreementNumber(agreement.agreementNumber),
    type: agreement.type,
    currency: agreement.currency,
    start_date: agreement.startDate,
    first_payment_date: agreement.firstPaymentDate,
    term_months: agreement.termMonths,
  };
  if (agreement.type === 'LEASE') {
    return {
      ...common,
      monthly_rental: agreement.monthlyRental,
      initial_rental_months: agreement.initialRentalMonths,
      annual_mileage_allowance: agreement.annualMileageAllowance,
      excess_mileage_rate: agreement.excessMileageRate,
    };
  }
  const credit = {
    ...common,
    cash_price: agreement.cashPrice,
    deposit: agreement.deposit,
    amount_of_credit: agreement.amountOfCredit,
    annual_rate_bp: basisPointsFromRatePercent(agreement.annualRatePercent),
    option_to_purchase_fee: agreement.optionToPurchaseFee,
  };
  if (agreement.type === 'HP') return credit;
  return {
    ...credit,
    optional_final_payment: agreement.optionalFinalPayment,
    annual_mileage_allowance: agreement.annualMileageAllowance,
    excess_mileage_rate: agreement.excessMileageRate,
  };
}
