import { generateCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_SECONDS, SESSION_COOKIE } from './session-policy.js';

/**
 * The session cookie: `__Host-` (Secure, Path=/, no Domain), HttpOnly so scripts cannot read it,
 * SameSite=Lax so a link from an e-mail still arrives signed in while cross-site POSTs do not.
 * `name` is the customer site's cookie unless the staff console's is given.
 */
export function sessionCookie(token: string, name = SESSION_COOKIE): string {
  return generateCookie(name, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: SESSION_ABSOLUTE_SECONDS,
  });
}

/** Tells the browser to forget the session cookie. */
export function clearedSessionCookie(name = SESSION_COOKIE): string {
  return generateCookie(name, '', {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: 0,
  });
}
