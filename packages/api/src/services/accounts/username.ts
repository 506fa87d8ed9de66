/** The form usernames are compared in: NFKC, lower case (unique case-insensitively). */
export function normaliseUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/** E-mail addresses are compared and stored in lower case. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
