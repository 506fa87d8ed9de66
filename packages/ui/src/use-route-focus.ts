import { useEffect, useRef, useState } from 'react';
import { focusPageHeading } from './focus-page-heading.js';

/** How long to wait for a page to render its heading after a route change. */
const HEADING_WAIT_MS = 5_000;

/**
 * After a route change (`pathname`, from the app's router; not the first load) moves focus to the new page's h1, as a full page load
 * would reset it, and returns its text for a live region to announce (WCAG 2.4.3 focus order).
 */
export function useRouteFocus(mainId: string, pathname: string): string {
  // The path of the first load, which keeps the browser's own focus; cleared at the first change.
  const firstPath = useRef(pathname);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    const main = document.getElementById(mainId);
    if (main === null) return;

    const focusHeading = (): boolean => {
      const text = focusPageHeading(main);
      if (text !== null) setAnnouncement(text);
      return text !== null;
    };
    if (focusHeading()) return;

    // A lazily loaded page may render its heading a moment later.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
    }, HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname, mainId]);

  return announcement;
}
