import { compactReference } from './reference-text.js';

/**
 * Royal Mail postcode format (UK Government Data Standards Catalogue), written without the space:
 * an outward code A9, A99, A9A, AA9, AA99 or AA9A with the letters each position allows, then an
 * inward code 9AA that never uses C, I, K, M, O or V; plus the special GIR 0AA.
 */
const UK_POSTCODE =
  /^(?:GIR0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPS-UW]|[A-HK-Y]\d[ABEHMNPRV-Y])\d[ABD-HJLNP-UW-Z]{2})$/;

/** A UK postcode in canonical comparison form, upper case without spaces: 'sw1a 1aa' → 'SW1A1AA'. */
export function normalisePostcode(s: string): string {
  return compactReference(s);
}

/** True for a well-formed UK postcode in any case and spacing (Royal Mail format; existence not checked). */
export function isValidUkPostcode(s: string): boolean {
  return UK_POSTCODE.test(normalisePostcode(s));
}
