/**
 * Moves focus to the page's h1 inside `container`, as a full page load would reset it, and returns
 * the heading's text to announce; null when the page has not rendered its heading yet.
 */
export function focusPageHeading(container: ParentNode): string | null {
  const heading = container.querySelector('h1');
  if (heading === null) return null;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return heading.textContent;
}
