/** Weights of the ABA check digit, repeated across the nine digits. */
const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/** ABA routing transit number: nine digits whose 3-7-1 weighted sum is a multiple of 10. */
export function validateAbaRoutingNumber(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const total = ABA_WEIGHTS.reduce(
    (sum, weight, index) => sum + weight * (routing.charCodeAt(index) - 48),
    0,
  );
  return total % 10 === 0;
}
