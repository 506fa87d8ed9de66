/** A TOTP secret in groups of four (RFC 4648 base32), easier to type into an authenticator by hand. */
export function manualKey(secret: string): string {
  return (
    secret
      .replace(/\s/g, '')
      .toUpperCase()
      .match(/.{1,4}/g) ?? []
  ).join(' ');
}
