/**
 * Always five stars, whatever was hidden, so the mask does not give away the length either.
 */
const STARS = '*****';

/** Masks a value, keeping its first and last characters when it is long enough to hide something between them. */
function mask(value: string): string {
  const chars = Array.from(value);
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  if (chars.length >= 4) return first + STARS + last;
  if (chars.length >= 2) return first + STARS;
  return STARS;
}

/**
 * Masks a username when telling a customer it is on its way (shown, never given away in full):
 * 'hp.demo' → 'h*****o'.
 */
export function maskUsername(username: string): string {
  return mask(username.trim());
}

/**
 * Masks an e-mail address so the customer can recognise it while others learn little: the local
 * part and the domain before its last dot are masked, the top-level domain kept:
 * 'jane.doe@example.com' → 'j*****e@e*****e.com'.
 */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return mask(trimmed);
  const domain = trimmed.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const maskedDomain = dot <= 0 ? mask(domain) : mask(domain.slice(0, dot)) + domain.slice(dot);
  return `${mask(trimmed.slice(0, at))}@${maskedDomain}`;
}
