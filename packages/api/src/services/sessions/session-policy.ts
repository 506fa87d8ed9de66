/** OWASP session management: idle timeout 30 minutes, absolute lifetime 12 hours. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_SECONDS = 60;
/** Sensitive changes need the password within this window (re-authentication). */
export const RECENT_AUTHENTICATION_SECONDS = 10 * 60;

export const SESSION_COOKIE = '__Host-marque_session';

/** Staff sessions end after 15 minutes idle: the console shows every customer's data. */
export const STAFF_SESSION_IDLE_SECONDS = 15 * 60;
/** Between a correct password and a correct code: long enough to set up an authenticator app. */
export const STAFF_SIGN_IN_STEP_SECONDS = 10 * 60;
/** The staff console's own cookie: the customer site never reads it, nor the console the customer's. */
export const STAFF_SESSION_COOKIE = '__Host-marque_staff_session';
