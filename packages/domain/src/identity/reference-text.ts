const SPACES_AND_DASHES = /[\s\p{Pd}]/gu;

/**
 * A reference as a machine compares it: compatibility-normalised, upper case, with every space and
 * dash (hyphen, en dash, …) removed, since customers copy references with their own spacing.
 */
export function compactReference(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(SPACES_AND_DASHES, '');
}

/** An agreement or account number in canonical form: 'ab-123 456' → 'AB123456'. */
export function normaliseAgreementNumber(s: string): string {
  return compactReference(s);
}
