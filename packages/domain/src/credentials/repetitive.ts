/**
 * NIST SP 800-63B §5.1.1.2 ("repetitive characters"): true when the password, ignoring case, is one
 * unit repeated at least twice over its whole length — 'aaaaaaaaaaaa', 'abcabcabcabc', 'xyzxyzxy'.
 */
export function isRepetitive(password: string): boolean {
  const chars = Array.from(password.normalize('NFKC').toLowerCase());
  const n = chars.length;
  if (n < 2) return false;
  return n - longestBorder(chars) <= n / 2;
}

/**
 * Length of the longest proper prefix that is also a suffix (Knuth–Morris–Pratt failure function);
 * the text's shortest period is its length minus this, found in linear time.
 */
function longestBorder(chars: readonly string[]): number {
  const border: number[] = [0];
  let length = 0;
  for (let i = 1; i < chars.length; i += 1) {
    while (length > 0 && chars[i] !== chars[length]) length = border[length - 1] ?? 0;
    if (chars[i] === chars[length]) length += 1;
    border.push(length);
  }
  return length;
}
