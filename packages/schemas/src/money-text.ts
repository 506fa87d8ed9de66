import type { Minor } from '@marque/domain';
import { z } from 'zod';

const AMOUNT = /^[£$]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount as a person types it ("1,250", "£99.5", "300.00") in minor units, read digit by digit
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

/** The most any single amount a member of staff types may be: ten million in major units. */
const MAX_TYPED_AMOUNT = 1_000_000_000;

/**
 * An amount typed into a form, in minor units once parsed: the same field on the form and in the
 * procedure, so both give the same message. Zero is refused unless `allowZero`.
 */
export function moneyTextField(label: string, options: { allowZero?: boolean } = {}) {
  const min = options.allowZero === true ? 0 : 1;
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(20, `Enter the ${label} like 1,250.00.`)
    .transform((text, context) => {
      const amount = parseMoneyInput(text);
      if (amount === null || amount > MAX_TYPED_AMOUNT) {
        context.addIssue({ code: 'custom', message: `Enter the ${label} like 1,250.00.` });
        return z.NEVER;
      }
      if (amount < min) {
        context.addIssue({ code: 'custom', message: `The ${label} must be more than zero.` });
        return z.NEVER;
      }
      return amount;
    });
}
