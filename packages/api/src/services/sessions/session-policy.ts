/** OWASP session management: idle timeout 30 minutes, absolute lifetime 12 hours. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_SECONDS = 60;
/** Sensitive changes need the password within this window (re-authentication). */
export const RECENT_AUTHENTICATION_SECONDS = 10 * 60;

export const SESSION_COOKIE = '__Host-marque_session';
