import { normaliseSortCode } from './sort-code.js';
import { passesUkModulusCheck } from './uk-modulus-check.js';

/** The outcome of checking UK bank details: a format problem is the customer's typing, a modulus one a mismatch. */
export type UkBankAccountCheck =
  { valid: true } | { valid: false; reason: 'format' | 'modulus'; message: string };

function formatProblem(message: string): UkBankAccountCheck {
  return { valid: false, reason: 'format', message };
}

/**
 * Vocalink's non-standard account numbers, brought to the 6 + 8 digits the modulus check takes:
 * 6 and 7 digits are padded with leading zeros; 9 digits (Santander) move their first digit into
 * the sort code's last place. Ten-digit numbers need the bank (NatWest keeps the last eight,
 * Co-operative Bank the first eight), which only the sort code directory knows, so they are refused.
 * Returns the details to check, or the message that tells the customer what to fix.
 */
function standardDetails(
  sortCode: string,
  accountNumber: string,
): { sortCode: string; accountNumber: string } | string {
  if (!/^\d*$/.test(accountNumber)) return 'Enter the account number using digits only.';
  switch (accountNumber.length) {
    case 6:
    case 7:
    case 8:
      return { sortCode, accountNumber: accountNumber.padStart(8, '0') };
    case 9:
      return {
        sortCode: sortCode.slice(0, 5) + accountNumber.slice(0, 1),
        accountNumber: accountNumber.slice(1),
      };
    case 10:
      return 'We cannot check 10-digit account numbers: enter the 8-digit account number your bank uses for Direct Debits.';
    default:
      return 'Enter the account number: 8 digits (6, 7 or 9 for some banks).';
  }
}

/**
 * Bacs Direct Debit bank details: a sort code (089999, 08-99-99 or 08 99 99) and an account number
 * checked by the Vocalink UK modulus rules. A sort code absent from the weight table is valid.
 */
export function validateUkBankAccount(sortCode: string, accountNumber: string): UkBankAccountCheck {
  const normalisedSortCode = normaliseSortCode(sortCode);
  if (normalisedSortCode === null) {
    return formatProblem('Enter the sort code as 6 digits, for example 08-99-99.');
  }
  const details = standardDetails(normalisedSortCode, accountNumber);
  if (typeof details === 'string') return formatProblem(details);
  return passesUkModulusCheck(details.sortCode, details.accountNumber)
    ? { valid: true }
    : {
        valid: false,
        reason: 'modulus',
        message: 'This account number does not match the sort code: please check both.',
      };
}
