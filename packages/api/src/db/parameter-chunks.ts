/**
 * Values per `in (…)` list: far inside SQLite's 32,766 and PostgreSQL's 65,535 bound parameters,
 * so a query over every due collection works however many there are.
 */
export const PARAMETER_CHUNK = 500;

/** `items` in consecutive slices of at most PARAMETER_CHUNK, for one `in (…)` query each. */
export function parameterChunks<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += PARAMETER_CHUNK) {
    chunks.push(items.slice(start, start + PARAMETER_CHUNK));
  }
  return chunks;
}
