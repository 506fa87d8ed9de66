/**
 * Where to go after signing in: only a path on this site, so that a crafted link
 * (`/sign-in?next=https://evil.example`) cannot send the customer elsewhere (OWASP unvalidated
 * redirects). Anything else, and the sign-in pages themselves, lead to the dashboard.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (typeof next !== 'string') return '/';
  const usable =
    next.startsWith('/') &&
    !next.startsWith('//') &&
    !next.includes('\\') &&
    // Browsers drop tabs and newlines from URLs, which would turn '/\t/evil.example' into '//evil…'.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
    !/[\u0000-\u001f\u007f]/.test(next) &&
    !/^\/sign-in(?:[/?#]|$)/.test(next);
  return usable ? next : '/';
}

/** The sign-in page, remembering where the customer was going (none for the dashboard). */
export function signInPath(location: { pathname: string; search: string; hash?: string }): string {
  const here = `${location.pathname}${location.search}${location.hash ?? ''}`;
  const next = safeNextPath(here);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
