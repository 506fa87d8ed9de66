/** An amount of money in integer minor units (pence, cents). Never a float. */
export type Minor = number;

export type Currency = 'GBP' | 'USD';

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
}

/** True when `value` is a safe integer: the only shape money may take. */
export function isMinor(value: unknown): value is Minor {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Returns `value` unchanged, or throws when it is not a safe integer of minor units. */
export function assertMinor(value: number, label = 'amount'): Minor {
  if (!isMinor(value)) {
    throw new MoneyError(`${label} must be a whole number of minor units, got ${String(value)}`);
  }
  return value;
}

const HALF_NUDGE = 1e-12;

/**
 * Rounds a real number of minor units half up (away from zero for .5), the rounding every figure here uses.
 * A relative nudge of 1e-12 first puts back what binary floating point loses on exact halves
 * (100 × 1.005 is 100.49999999999999 in a double but 100.5 in decimal, so it rounds to 101).
 */
export function roundHalfUp(value: number): Minor {
  if (!Number.isFinite(value)) throw new MoneyError(`cannot round ${String(value)}`);
  const magnitude = Math.abs(value);
  const rounded = Math.sign(value) * Math.floor(magnitude + magnitude * HALF_NUDGE + 0.5);
  return rounded === 0 ? 0 : rounded;
}

/** Sums amounts of minor units, refusing any that is not an integer. */
export function sumMinor(amounts: Iterable<Minor>): Minor {
  let total = 0;
  for (const amount of amounts) total += assertMinor(amount);
  return assertMinor(total, 'total');
}
