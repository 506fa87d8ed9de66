/**
 * `Content-Disposition: attachment` with the name twice (RFC 6266): an ASCII fallback in quotes
 * for old clients and the exact UTF-8 name in `filename*` (RFC 8187). The name is already
 * sanitised (no quotes, backslashes or control characters); this only encodes it.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
