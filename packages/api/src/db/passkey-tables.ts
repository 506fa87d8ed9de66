import type { Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** SQLite has no boolean: 0 or 1 on both databases. */
type Flag = 0 | 1;

/** A customer's WebAuthn credential (a passkey or security key). */
export interface PasskeysTable {
  id: string;
  account_id: string;
  /** The credential id the authenticator chose, base64url: unique across every account. */
  credential_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  /** The authenticator's signature counter at its last use: a value that does not rise means a copy. */
  sign_count: number;
  /** JSON array of the transports the browser reported (usb, internal, hybrid…), or null. */
  transports: string | null;
  /** Synced passkey (multi-device) or bound to one authenticator. */
  multi_device: Flag;
  backed_up: Flag;
  /** The customer's name for it, e.g. "Work laptop". */
  name: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
}

export type WebAuthnPurpose = 'registration' | 'sign_in' | 'second_factor' | 'reauthentication';

/**
 * A challenge handed to the browser, kept server-side so that it is spent once and only for what it
 * was issued for: adding a passkey or re-authenticating in one session, the second step of one
 * sign-in, or a passkey sign-in (bound to nothing: nobody is signed in yet).
 */
export interface WebAuthnChallengesTable {
  id: string;
  /** SHA-256 of the base64url challenge. */
  challenge_hash: string;
  purpose: WebAuthnPurpose;
  account_id: string | null;
  session_id: string | null;
  mfa_challenge_id: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

/** The alert a "this wasn't me" link came with. */
export type NotMeAlert =
  | 'new_device'
  | 'password_changed'
  | 'password_reset'
  | 'two_step_changed'
  | 'contact_changed'
  | 'passkey_changed';

/** The single-use link in a security alert that shuts an intruder out. */
export interface NotMeTokensTable {
  id: string;
  account_id: string;
  /** SHA-256 of the token in the link; the token itself is never stored. */
  token_hash: string;
  alert: NotMeAlert;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PasskeyTables {
  passkeys: PasskeysTable;
  webauthn_challenges: WebAuthnChallengesTable;
  not_me_tokens: NotMeTokensTable;
}

export type PasskeyRow = Selectable<PasskeysTable>;
