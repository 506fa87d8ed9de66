/**
 * The second sign-in step's input, passed in the navigation's state rather than the address so the
 * challenge never appears in the URL, the history list or a shared link.
 */
export interface MfaChallengeState {
  challenge: string;
  next: string;
  /** The account has a passkey, which may answer this step instead of a code. */
  passkey: boolean;
}

/** The challenge the second step was opened with, or null (opened directly, or after a reload elsewhere). */
export function mfaChallengeOf(state: unknown): MfaChallengeState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { challenge, next, passkey } = state as Partial<Record<keyof MfaChallengeState, unknown>>;
  return typeof challenge === 'string' && typeof next === 'string'
    ? { challenge, next, passkey: passkey === true }
    : null;
}
