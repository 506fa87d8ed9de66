import { addMonths, assertIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { roundHalfUp, sumMinor, type Minor } from '../money/minor.js';
import { balloonOf, type CreditAgreement } from './agreement.js';
import { assertNonNegativeMinor } from './finance-error.js';
import { monthlyPayment, monthlyRateOf } from './monthly-payment.js';

/** The terms a repayment schedule follows; `scheduleTermsOf` reads them off an HP or PCP agreement. */
export interface ScheduleTerms {
  amountOfCredit: Minor;
  /** Nominal annual rate in percent; each month's interest is a twelfth of it on the balance. */
  annualRatePercent: number;
  /** Number of monthly payments, the optional final payment not counted. */
  termMonths: number;
  firstPaymentDate: IsoDate;
  /** PCP: the balloon the monthly payments leave owing, due one month after the last of them. */
  optionalFinalPayment?: Minor;
  /** Fee to take ownership, paid with the final instalment: the last monthly one (HP) or the optional final payment (PCP). */
  optionToPurchaseFee?: Minor;
  /** Paid before the schedule starts; only counted in `totalAmountPayable`. */
  deposit?: Minor;
}

export type InstallmentKind = 'monthly' | 'optional_final_payment';

export interface Installment {
  /** 1 for the first monthly payment; the optional final payment is numbered after the last one. */
  number: number;
  dueDate: IsoDate;
  /** interest + principal + fee: what the customer pays. */
  amount: Minor;
  interest: Minor;
  principal: Minor;
  /** The option-to-purchase fee on the final instalment (the optional final payment when there is one); 0 on every other. */
  fee: Minor;
  /** Principal still owed once this instalment is paid (for PCP, the optional final payment until it is paid). */
  balanceAfter: Minor;
  kind: InstallmentKind;
}

export interface Schedule {
  installments: Installment[];
  /** The level payment every monthly instalment but the last (which absorbs rounding, and for HP the fee) carries. */
  monthlyPayment: Minor;
  totalInterest: Minor;
  /** Interest plus fees. */
  totalChargeForCredit: Minor;
  /** Every instalment, fees and the optional final payment included, the deposit not. */
  totalRepayable: Minor;
  /** deposit + totalRepayable: the Consumer Credit Act's total amount payable counts the advance payment. */
  totalAmountPayable: Minor;
}

/** The amortisation schedule of a fixed-rate loan: monthly interest on the balance, rounded half up, the last instalment absorbing every remainder. */
export function buildSchedule(terms: ScheduleTerms): Schedule {
  const payment = monthlyPayment(
    terms.amountOfCredit,
    terms.annualRatePercent,
    terms.termMonths,
    terms.optionalFinalPayment,
  );
  const installments = installmentsFrom(terms, {
    after: 0,
    balance: terms.amountOfCredit,
    payment,
    count: terms.termMonths,
  });
  return summariseSchedule(installments, payment, terms.deposit ?? 0);
}

/** The schedule terms of an HP or PCP agreement: for PCP the optional final payment is the balloon. */
export function scheduleTermsOf(agreement: CreditAgreement): ScheduleTerms {
  return {
    amountOfCredit: agreement.amountOfCredit,
    annualRatePercent: agreement.annualRatePercent,
    termMonths: agreement.termMonths,
    firstPaymentDate: agreement.firstPaymentDate,
    optionalFinalPayment: balloonOf(agreement),
    optionToPurchaseFee: agreement.optionToPurchaseFee,
    deposit: agreement.deposit,
  };
}

/** Where amortisation picks up: `balance` owed after instalment `after`, repaid by `payment` a month for `count` months. */
export interface AmortisationStart {
  after: number;
  balance: Minor;
  payment: Minor;
  count: number;
}

/**
 * The instalments from number `after + 1` on, then the optional final payment one month after the last
 * monthly one. The caller has checked `payment` covers the first month's interest.
 */
export function installmentsFrom(terms: ScheduleTerms, start: AmortisationStart): Installment[] {
  const rate = monthlyRateOf(terms.annualRatePercent);
  const balloon = assertNonNegativeMinor(terms.optionalFinalPayment ?? 0, 'optional final payment');
  const fee = assertNonNegativeMinor(terms.optionToPurchaseFee ?? 0, 'option-to-purchase fee');
  assertIsoDate(terms.firstPaymentDate, 'first payment date');
  const installments: Installment[] = [];
  let balance = start.balance;
  for (let month = 1; month <= start.count; month += 1) {
    const number = start.after + month;
    const last = month === start.count;
    const interest = roundHalfUp(balance * rate);
    // The last instalment takes whatever the rounded payments left; before it, a payment may not take the
    // balance below the balloon, which rounding alone could do on penny amounts over long terms.
    const principal = last
      ? balance - balloon
      : Math.min(start.payment - interest, balance - balloon);
    balance -= principal;
    const instalmentFee = last && balloon === 0 ? fee : 0;
    installments.push({
      number,
      dueDate: dueDateOf(terms.firstPaymentDate, number),
      amount: interest + principal + instalmentFee,
      interest,
      principal,
      fee: instalmentFee,
      balanceAfter: balance,
      kind: 'monthly',
    });
  }
  if (balloon > 0) {
    const number = start.after + start.count + 1;
    installments.push({
      number,
      dueDate: dueDateOf(terms.firstPaymentDate, number),
      amount: balloon + fee,
      interest: 0,
      principal: balloon,
      fee,
      balanceAfter: 0,
      kind: 'optional_final_payment',
    });
  }
  return installments;
}

/** A schedule's totals, every one a sum of its instalments' parts. */
export function summariseSchedule(
  installments: Installment[],
  payment: Minor,
  deposit: Minor,
): Schedule {
  const totalInterest = sumMinor(installments.map((installment) => installment.interest));
  const totalFees = sumMinor(installments.map((installment) => installment.fee));
  const totalRepayable = sumMinor(installments.map((installment) => installment.amount));
  return {
    installments,
    monthlyPayment: payment,
    totalInterest,
    totalChargeForCredit: totalInterest + totalFees,
    totalRepayable,
    totalAmountPayable: assertNonNegativeMinor(deposit, 'deposit') + totalRepayable,
  };
}

/** Counted from the first due date every time, so a 31st falls back to the 28th in February and returns in March. */
function dueDateOf(firstPaymentDate: IsoDate, number: number): IsoDate {
  return addMonths(firstPaymentDate, number - 1);
}
