/** Thrown when code asks to format something that is not a sort code: a programmer error, not bad input. */
export class SortCodeError extends Error {
  override readonly name = 'SortCodeError';
}

/** Six digits, written plain or in pairs split by one kind of separator: 089999, 08-99-99, 08 99 99. */
const SORT_CODE_INPUT = /^(\d{2})([- ]?)(\d{2})\2(\d{2})$/;

/** A UK sort code as the six digits Bacs uses ('089999'), from any usual way of writing it; null if it is not one. */
export function normaliseSortCode(input: string): string | null {
  const match = SORT_CODE_INPUT.exec(input.trim());
  return match ? `${match[1] ?? ''}${match[3] ?? ''}${match[4] ?? ''}` : null;
}

/** A sort code as printed on cheques and statements: '08-99-99'. */
export function formatSortCode(sortCode: string): string {
  const digits = normaliseSortCode(sortCode);
  if (digits === null) throw new SortCodeError(`not a sort code: "${sortCode}"`);
  return `${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`;
}
