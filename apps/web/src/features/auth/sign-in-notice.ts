/** Why the customer arrived at the sign-in page, carried in the navigation's state. */
export type SignInNotice = 'signed_out' | 'password_reset' | 'email_verified' | 'session_ended';

const MESSAGES: Readonly<Record<SignInNotice, string>> = {
  signed_out: 'You have signed out.',
  password_reset: 'Your password has been changed. Sign in with your new password.',
  email_verified: 'Your e-mail address is confirmed. You can now sign in.',
  session_ended: 'For your security you were signed out. Please sign in again.',
};

/** The confirmation to show for the state the sign-in page was opened with, if any. */
export function signInNoticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = state.notice;
  return typeof notice === 'string' && notice in MESSAGES ? MESSAGES[notice as SignInNotice] : null;
}

/** The navigation state that shows `notice` on the sign-in page. */
export function signInNotice(notice: SignInNotice): { notice: SignInNotice } {
  return { notice };
}
