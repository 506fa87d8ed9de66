import { dictionary } from '@zxcvbn-ts/language-common';
import { codePointLength } from './code-points.js';

/**
 * A stem shorter than this is not judged alone: 'cat' is on the list, but 'cat' followed by nine
 * random digits is not a commonly used password.
 */
const MIN_STEM_LENGTH = 4;

let blocklist: ReadonlySet<string> | undefined;

/** zxcvbn's ~49,000 most common and breached passwords (all lower case), indexed on first use. */
function commonPasswords(): ReadonlySet<string> {
  blocklist ??= new Set(dictionary['passwords-common']);
  return blocklist;
}

const LETTER = /\p{L}/u;

/** The text before any trailing digits and symbols: 'password123!' → 'password'. */
function stemOf(lowered: string): string {
  const chars = Array.from(lowered);
  let end = chars.length;
  while (end > 0 && !LETTER.test(chars[end - 1] ?? '')) end -= 1;
  return chars.slice(0, end).join('');
}

/**
 * NIST SP 800-63B §5.1.1.2 blocklist: true when the password, ignoring case and any trailing
 * digits/symbols, is a commonly used or breached password.
 */
export function isCommonPassword(password: string): boolean {
  const lowered = password.normalize('NFKC').toLowerCase();
  const stem = stemOf(lowered);
  return (
    commonPasswords().has(lowered) ||
    (codePointLength(stem) >= MIN_STEM_LENGTH && commonPasswords().has(stem))
  );
}
