import type { Minor } from '@marque/domain';

const AMOUNT = /^[£$]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount as a customer types it ("1,250", "£99.5", "300.00") in minor units, read digit by digit
 * so no float ever rounds it; null when it is not a plain positive-or-zero amount.
 */
export function parseMoneyInput(text: string): Minor | null {
  const match = AMOUNT.exec(text.trim());
  if (match === null) return null;
  const whole = Number((match[1] ?? '').replaceAll(',', ''));
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  const amount = whole * 100 + pence;
  return Number.isSafeInteger(amount) ? amount : null;
}
