/**
 * How the console shows the record's answers to the identity questions before the caller has
 * passed them: enough to tell agreements and addresses apart, not enough to read the answer out.
 */

/** The last four characters only: 'MQ20240108' → '••••0108'. */
export function maskedAgreementNumber(agreementNumber: string): string {
  return `••••${agreementNumber.slice(-4)}`;
}

/** The outward part of a UK postcode ('YO24 1BP' → 'YO24'), or a US ZIP's first three digits. */
export function postcodeArea(postcode: string): string {
  const trimmed = postcode.trim();
  const outward = /^(\S+)\s+\S{3}$/.exec(trimmed);
  if (outward?.[1] !== undefined) return outward[1];
  return /^\d{5}/.test(trimmed) ? `${trimmed.slice(0, 3)}••` : '••••';
}
