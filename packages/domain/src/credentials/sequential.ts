/**
 * Orders people type runs along: the alphabet, digits and the rows of a UK/US keyboard, lower case
 * and shifted. A run may go either way ('abcd', 'dcba').
 */
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  '`1234567890-=',
  '~!@#$%^&*()_+',
  'qwertyuiop[]\\',
  "asdfghjkl;'#",
  '\\zxcvbnm,./',
];

/** Three characters in order make a run; two ('ab', '12') occur by chance too often to count. */
const MIN_RUN = 3;

/** How far the run starting at `start` follows one sequence in one direction. */
function runLength(
  chars: readonly string[],
  start: number,
  sequence: string,
  step: 1 | -1,
): number {
  let end = start;
  for (;;) {
    const current = chars[end];
    const next = chars[end + 1];
    if (current === undefined || next === undefined) break;
    const at = sequence.indexOf(current);
    if (at < 0 || sequence[at + step] !== next) break;
    end += 1;
  }
  return end - start + 1;
}

/**
 * NIST SP 800-63B §5.1.1.2 ("sequential characters"): true when runs of at least three alphabet,
 * digit or keyboard characters ('abcdefghijkl', '123456789012', 'qwertyuiop12') make up more than
 * half of the password, ignoring case.
 */
export function isSequential(password: string): boolean {
  const chars = Array.from(password.normalize('NFKC').toLowerCase());
  let inRuns = 0;
  let i = 0;
  while (i < chars.length) {
    let longest = 1;
    for (const sequence of SEQUENCES) {
      longest = Math.max(
        longest,
        runLength(chars, i, sequence, 1),
        runLength(chars, i, sequence, -1),
      );
    }
    if (longest >= MIN_RUN) {
      inRuns += longest;
      i += longest;
    } else {
      i += 1;
    }
  }
  return inRuns * 2 > chars.length;
}
