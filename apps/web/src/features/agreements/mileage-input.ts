const MILES = /^(\d{1,3}(?:,\d{3})+|\d{1,7})$/;

/** Miles as a customer types them ("24,000", "18500"): a whole number up to 9,999,999, or null. */
export function parseMileageInput(text: string): number | null {
  const match = MILES.exec(text.trim().replace(/\s*miles?$/i, ''));
  if (match === null) return null;
  const miles = Number((match[1] ?? '').replaceAll(',', ''));
  return miles <= 9_999_999 ? miles : null;
}
