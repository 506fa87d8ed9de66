/**
 * The WebAuthn user handle: the account id's bytes, base64url. Never the username or e-mail
 * address, which authenticators may show or sync (WebAuthn §14.6.1: no personal information).
 */
export function userHandleOf(accountId: string): string {
  return Buffer.from(accountId, 'utf8').toString('base64url');
}
