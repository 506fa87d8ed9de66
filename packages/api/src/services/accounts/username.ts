/** Usernames: 3–32 letters, digits, dots, hyphens or underscores. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;

/** The form usernames are compared in: NFKC, lower case (unique case-insensitively). */
export function normaliseUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/** E-mail addresses are compared and stored in lower case. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
