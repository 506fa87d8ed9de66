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

/** ISO/IEC 7812-1 Annex B (Luhn): true for a 12–19 digit card number whose check digit is right. */
export function luhnValid(pan: string): boolean {
  const digits = cardNumberDigits(pan);
  return digits !== null && hasPanLength(digits) && luhnTotal(digits) % 10 === 0;
}

/** ISO/IEC 7812-1 Annex B (Luhn): the check digit to append to `body` (digits only). */
export function luhnCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) {
    throw new CardNumberError(`a Luhn body must be digits only, got "${body}"`);
  }
  return (10 - (luhnTotal(`${body}0`) % 10)) % 10;
}
