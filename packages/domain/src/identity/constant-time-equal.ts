/**
 * Compares two strings in time that depends only on the longer length, not on where they first
 * differ (no early exit), so response timing cannot reveal how much of a guess was right. Written
 * by hand because node:crypto's timingSafeEqual is not available to a browser-usable package.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i += 1) {
    // Past the end charCodeAt gives NaN, which `| 0` turns into 0; the length XOR already differs.
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
