import { assertMinor, type Minor } from '../money/minor.js';

/** Why a finance calculation refused its input; the API maps each code to a message for the user. */
export type FinanceErrorCode =
  | 'invalid_terms'
  | 'invalid_cash_flows'
  | 'no_apr_solution'
  | 'deferral_not_allowed'
  | 'invalid_overpayment';

/** Thrown when finance terms or figures cannot describe a real agreement (a negative rate, a balloon above the credit…). */
export class FinanceError extends Error {
  override readonly name = 'FinanceError';

  constructor(
    readonly code: FinanceErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Returns `value` when it is a whole, non-negative number of minor units; a MoneyError or FinanceError otherwise. */
export function assertNonNegativeMinor(
  value: number,
  label: string,
  code: FinanceErrorCode = 'invalid_terms',
): Minor {
  if (assertMinor(value, label) < 0) {
    throw new FinanceError(code, `${label} must not be negative, got ${value}`);
  }
  return value;
}
