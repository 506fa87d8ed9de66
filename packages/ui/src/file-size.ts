/** A file size as people read it: '820 bytes', '14 KB', '3.2 MB' (1 KB = 1,024 bytes, as file managers show). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${String(Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
