/** The most of a statement file sent in one call: well inside the API's 64 KB request limit. */
export const PART_BYTES = 40_000;

/**
 * A statement CSV cut into parts of whole rows, each under `maxBytes` and each starting with the
 * header row, so a large file goes in several calls. Lines are imported once ever, so a part sent
 * again after a failure adds nothing twice.
 */
export function statementParts(text: string, maxBytes = PART_BYTES): string[] {
  const encoder = new TextEncoder();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines.shift() ?? '';
  const rows = lines.filter((line) => line.trim() !== '');
  const parts: string[] = [];
  let current: string[] = [];
  let size = encoder.encode(header).length;
  for (const row of rows) {
    const rowSize = encoder.encode(row).length + 1;
    if (current.length > 0 && size + rowSize > maxBytes) {
      parts.push([header, ...current].join('\n'));
      current = [];
      size = encoder.encode(header).length;
    }
    current.push(row);
    size += rowSize;
  }
  if (current.length > 0 || parts.length === 0) parts.push([header, ...current].join('\n'));
  return parts;
}
