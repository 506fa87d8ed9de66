/** Counters behind the factories' unique identifiers, one per kind, so ids never depend on Math.random. */
const counters = new Map<string, number>();

/** The next number (from 1) in the named sequence. */
export function nextInSequence(name: string): number {
  const next = (counters.get(name) ?? 0) + 1;
  counters.set(name, next);
  return next;
}

/** Restarts every factory sequence, so a test can rely on the first agreement being MQ00000001. */
export function resetFactories(): void {
  counters.clear();
}
