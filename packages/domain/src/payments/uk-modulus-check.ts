import {
  MODULUS_WEIGHT_ROWS,
  SORT_CODE_SUBSTITUTIONS,
  type ModulusMethod,
  type ModulusWeightRow,
} from './uk-modulus-weights.data.js';

/*
 * Vocalink "Validating account numbers: UK modulus checking" (the version the shipped tables
 * carry). The 14 digits checked are the sort code followed by the account number, which the
 * specification names u v w x y z a b c d e f g h; these are the positions its rules refer to.
 */
const A = 6;
const B = 7;
const C = 8;
const G = 12;
const H = 13;

/** Exception 2 (Lloyds euro accounts) replaces the table's weights when a is not 0. */
const EXCEPTION_2_WEIGHTS = [0, 0, 1, 2, 5, 3, 6, 4, 8, 7, 10, 9, 3, 1] as const;
const EXCEPTION_2_WEIGHTS_WHEN_G_IS_9 = [0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 10, 9, 3, 1] as const;

/** Exceptions that pair two checks as alternatives (2 with 9, 10 with 11, 12 with 13): either passing is enough. */
const EITHER_CHECK_PASSES: ReadonlySet<number | null> = new Set([2, 10, 12]);

function digitAt(details: string, position: number): number {
  return details.charCodeAt(position) - 48;
}

/** Exceptions 7 and 10: weights for u–b set to zero, so only the account's last six digits count. */
function withoutSortCodeAndAb(weights: readonly number[]): readonly number[] {
  return weights.map((weight, position) => (position <= B ? 0 : weight));
}

/** The sort code a row's check runs on: exceptions 5, 8 and 9 check against another sort code. */
function checkedSortCode(sortCode: string, exception: number | null): string {
  switch (exception) {
    case 5:
      return SORT_CODE_SUBSTITUTIONS[sortCode] ?? sortCode;
    case 8:
      return '090126';
    case 9:
      return '309634';
    default:
      return sortCode;
  }
}

/** The weights a row's check uses: exceptions 2, 7 and 10 change them for some account numbers. */
function checkedWeights(row: ModulusWeightRow, details: string): readonly number[] {
  const [, , , weights, exception] = row;
  const gIs9 = digitAt(details, G) === 9;
  const ab = details.slice(A, B + 1);
  if (exception === 2 && digitAt(details, A) !== 0) {
    return gIs9 ? EXCEPTION_2_WEIGHTS_WHEN_G_IS_9 : EXCEPTION_2_WEIGHTS;
  }
  if ((exception === 7 || (exception === 10 && (ab === '09' || ab === '99'))) && gIs9) {
    return withoutSortCodeAndAb(weights);
  }
  return weights;
}

/** Double alternate adds the digits of each product (18 counts as 1 + 8); the others add the products. */
function weightedTotal(method: ModulusMethod, weights: readonly number[], details: string): number {
  let total = 0;
  for (const [position, weight] of weights.entries()) {
    const product = weight * digitAt(details, position);
    total += method === 'DBLAL' ? digitSum(product) : product;
  }
  return total;
}

function digitSum(value: number): number {
  let sum = 0;
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10)) sum += rest % 10;
  return sum;
}

/** Non-negative remainder: some rows (Nationwide's) weigh h by −1, so a total may go below zero. */
function remainder(total: number, modulus: number): number {
  return ((total % modulus) + modulus) % modulus;
}

/** One row's check on sort code + account number as given (exception 14's retry is in `passesRow`). */
function passesWeights(row: ModulusWeightRow, sortCode: string, accountNumber: string): boolean {
  const [, , method, , exception] = row;
  const details = checkedSortCode(sortCode, exception) + accountNumber;
  const modulus = method === 'MOD11' ? 11 : 10;
  // Exception 1 adds 27 to the double alternate total before dividing.
  const total =
    weightedTotal(method, checkedWeights(row, details), details) + (exception === 1 ? 27 : 0);
  const rest = remainder(total, modulus);
  switch (exception) {
    case 4:
      // The remainder must equal the two-digit check digit gh.
      return rest === Number(accountNumber.slice(6));
    case 5: {
      // The remainder taken from the modulus must equal the check digit (g for MOD11, h for
      // DBLAL); 0 with 0 passes, and a MOD11 remainder of 1 (giving 10) can never pass.
      const checkDigit = digitAt(details, method === 'DBLAL' ? H : G);
      return (modulus - rest) % modulus === checkDigit;
    }
    default:
      return rest === 0;
  }
}

function passesRow(row: ModulusWeightRow, sortCode: string, accountNumber: string): boolean {
  if (passesWeights(row, sortCode, accountNumber)) return true;
  // Exception 14 (Coutts): when h is 0, 1 or 9, drop it, put a 0 in front and check again.
  return (
    row[4] === 14 &&
    /[019]$/.test(accountNumber) &&
    passesWeights(row, sortCode, `0${accountNumber.slice(0, 7)}`)
  );
}

/** Exception 6: a = 4–8 with g = h marks a foreign-currency account, which the checks cannot validate. */
function isForeignCurrencyAccount(details: string): boolean {
  const a = digitAt(details, A);
  return a >= 4 && a <= 8 && digitAt(details, G) === digitAt(details, H);
}

/** Exception 3: when c is 6 or 9 the second (double alternate) check is not carried out. */
function skipsSecondCheck(details: string): boolean {
  const c = digitAt(details, C);
  return c === 6 || c === 9;
}

/**
 * Vocalink UK modulus check of a 6-digit sort code and an 8-digit account number: true when the
 * pair may exist. A sort code with no row in the weight table cannot be checked and passes.
 */
export function passesUkModulusCheck(sortCode: string, accountNumber: string): boolean {
  const [first, second] = MODULUS_WEIGHT_ROWS.filter(
    ([from, to]) => from <= sortCode && sortCode <= to,
  );
  if (first === undefined) return true;
  const details = sortCode + accountNumber;
  if (first[4] === 6 && isForeignCurrencyAccount(details)) return true;
  const firstPasses = passesRow(first, sortCode, accountNumber);
  if (second === undefined) return firstPasses;
  if (EITHER_CHECK_PASSES.has(first[4])) {
    return firstPasses || passesRow(second, sortCode, accountNumber);
  }
  if (second[4] === 3 && skipsSecondCheck(details)) return firstPasses;
  return firstPasses && passesRow(second, sortCode, accountNumber);
}
