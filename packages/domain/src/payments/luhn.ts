import { CardNumberError, cardNumberDigits, hasPanLength } from './card-number.js';

/** The Luhn total with every second digit from the right, starting one left of the last, doubled. */
function luhnTotal(digits: string): number {
  let total = 0;
  let doubled = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    const digit = digits.charCodeAt(index) - 48;
    const value = doubled ? digit * 2 : digit;
    total += value > 9 ? value - 9 : value;
    doubled = !doubled;
  }
  return total;
}

/** ISO/IEC 7812-1 Annex B (Luhn): true when the number (2–19 digits, spaces and hyphens ignored) has a correct check digit. */
export function luhnValid(pan: string): boolean {
  const digits = cardNumberDigits(pan);
  return (
    digits !== null && digits.length >= 2 && digits.length <= 19 && luhnTotal(digits) % 10 === 0
  );
}

/** ISO/IEC 7812-1: a plausible card number — 12 to 19 digits with a correct Luhn check digit. */
export function isCardNumber(pan: string): boolean {
  const digits = cardNumberDigits(pan);
  return digits !== null && hasPanLength(digits) && luhnValid(digits);
}

/** ISO/IEC 7812-1 Annex B (Luhn): the check digit to append to `body` (digits only). */
export function luhnCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) {
    throw new CardNumberError(`a Luhn body must be digits only, got "${body}"`);
  }
  return (10 - (luhnTotal(`${body}0`) % 10)) % 10;
}
