import type { Generated, Insertable, Selectable } from 'kysely';
import type { NotificationChannel } from './notification-tables.js';

/** ISO-8601 UTC instant as text, e.g. '2026-11-23T12:00:00.000Z' (orders lexicographically). */
type Timestamp = string;
/** SQLite has no boolean: 0 or 1 on both databases. */
type Flag = 0 | 1;

/** A customer's login. One per customer; a customer may hold several agreements. */
export interface AccountsTable {
  id: string;
  customer_id: string;
  /** As the customer typed it, for display. */
  username: string;
  /** NFKC + lower case: usernames are unique case-insensitively. */
  username_normalised: string;
  /** Where sign-in and security e-mails go (lower-cased). */
  email: string;
  email_verified_at: Timestamp | null;
  password_hash: string;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  /** Set when the customer reports "this wasn't me": sign-in is refused until a password reset. */
  signin_blocked_at: Timestamp | null;
  /** Set for staff to follow up (e.g. the customer reported activity that was not them). */
  staff_flagged_at: Timestamp | null;
  staff_flag_reason: string | null;
}

export type EmailVerificationPurpose = 'registration' | 'email_change';

/** A single-use link proving the customer reads `email`. */
export interface EmailVerificationsTable {
  id: string;
  account_id: string;
  purpose: EmailVerificationPurpose;
  email: string;
  /** SHA-256 of the token in the link; the token itself is never stored. */
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** Public id used to list and end sessions; the cookie carries a separate secret. */
  id: string;
  /** SHA-256 of the cookie's 256-bit secret. */
  token_hash: string;
  account_id: string;
  customer_id: string;
  device_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** When the customer last proved the password (sign-in or re-authentication). */
  authenticated_at: Timestamp;
}

/** A browser that has completed a sign-in for the account (OWASP device cookies). */
export interface DevicesTable {
  id: string;
  account_id: string;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

/** The domain's LockoutState, one row per counter: `account:<id>`, `device:<id>`, `mfa:<id>`. */
export interface LockoutsTable {
  key: string;
  account_id: string;
  failures: number;
  last_failure_at: Timestamp | null;
  locked_until: Timestamp | null;
  temporary_lockouts: number;
  permanent: Flag;
  updated_at: Timestamp;
}

/** Fixed-window hit counters shared by every API instance. */
export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface TotpTable {
  account_id: string;
  /** AES-256-GCM, bound to the account id. */
  secret_encrypted: string;
  /** Null while the customer has not yet proved the authenticator app works. */
  confirmed_at: Timestamp | null;
  /** The last accepted 30-second step: a code is accepted once. */
  last_time_step: number | null;
  created_at: Timestamp;
}

export interface RecoveryCodesTable {
  id: string;
  account_id: string;
  /** HMAC-SHA-256 with a server-side key: the codes are high-entropy, so no slow hash is needed. */
  code_hash: string;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

/** The step between a correct password and a correct second factor. */
export interface MfaChallengesTable {
  id: string;
  account_id: string;
  challenge_hash: string;
  /** The trusted device the password was typed on, if any: its lockout counter applies. */
  device_id: string | null;
  attempts: number;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PasswordResetTokensTable {
  id: string;
  account_id: string;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export type OutboxStatus = 'stored' | 'sending' | 'sent' | 'failed';

/** Every e-mail the system sends; without SMTP this is the mailbox. */
export interface OutboxTable {
  /** Send order, stable within a millisecond. */
  seq: Generated<number>;
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: OutboxStatus;
  error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  /** 'sms' for a text message kept here when no SMS provider is configured; `to_address` is the phone. */
  channel: Generated<NotificationChannel>;
}

export type AuditActorType = 'customer' | 'staff' | 'system' | 'anonymous';

/** Append-only: no code path updates or deletes a row (on PostgreSQL a trigger refuses it). */
export interface AuditEventsTable {
  id: string;
  at: Timestamp;
  /** Insertion order within the same millisecond, for a stable newest-first listing. */
  seq: Generated<number>;
  actor_type: AuditActorType;
  actor_id: string | null;
  customer_id: string | null;
  account_id: string | null;
  event: string;
  ip: string | null;
  user_agent: string | null;
  /** JSON object text. */
  details: string | null;
}

export interface AccountSecurityTables {
  accounts: AccountsTable;
  email_verifications: EmailVerificationsTable;
  sessions: SessionsTable;
  devices: DevicesTable;
  lockouts: LockoutsTable;
  rate_limits: RateLimitsTable;
  totp: TotpTable;
  recovery_codes: RecoveryCodesTable;
  mfa_challenges: MfaChallengesTable;
  password_reset_tokens: PasswordResetTokensTable;
  outbox: OutboxTable;
  audit_events: AuditEventsTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type LockoutRow = Selectable<LockoutsTable>;
