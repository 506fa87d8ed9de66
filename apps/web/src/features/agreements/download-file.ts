/**
 * Saves text the page built as a file, without a round trip: a Blob behind a temporary link, the
 * way a strict Content Security Policy allows (no data: navigation, no inline script).
 */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then in every browser.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
