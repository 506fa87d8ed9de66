/** A card number (PAN) reaches our code only in the browser on its way to the gateway: never stored or logged. */
export class CardNumberError extends Error {
  override readonly name = 'CardNumberError';
}

/** ISO/IEC 7812-1: a primary account number has 12 to 19 digits (most have 15 or 16). */
const PAN_MIN_DIGITS = 12;
const PAN_MAX_DIGITS = 19;

const SEPARATORS = /[ -]/g;
const DIGITS = /^\d+$/;

/** The digits of a card number as typed, ignoring the spaces and hyphens people group them with; null if anything else appears. */
export function cardNumberDigits(input: string): string | null {
  const digits = input.replace(SEPARATORS, '');
  return DIGITS.test(digits) ? digits : null;
}

/** True for 12–19 digits (ISO/IEC 7812-1 PAN length) once spaces and hyphens are ignored. */
export function hasPanLength(digits: string): boolean {
  return digits.length >= PAN_MIN_DIGITS && digits.length <= PAN_MAX_DIGITS;
}

/** PCI DSS 3.4: display at most the last four digits ('•••• 4242'); anything that is not a card number shows as '••••'. */
export function maskPan(pan: string): string {
  const digits = cardNumberDigits(pan);
  return digits !== null && hasPanLength(digits) ? `•••• ${digits.slice(-4)}` : '••••';
}
