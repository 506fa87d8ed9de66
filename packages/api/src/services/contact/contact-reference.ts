import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread for one another over the phone (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A case reference a person can read out: a letter for the kind of case and eight characters,
 * e.g. 'C-7K2M9Q4X' (31^8 ≈ 8.5 × 10^11 values).
 */
export function newCaseReference(prefix: 'C' | 'R'): string {
  let code = '';
  for (let index = 0; index < 8; index += 1) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return `${prefix}-${code}`;
}

/** A contact-form case's reference, e.g. 'C-7K2M9Q4X'. */
export function newContactReference(): string {
  return newCaseReference('C');
}
