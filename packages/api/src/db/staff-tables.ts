import type { Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** SQLite has no boolean: 0 or 1 on both databases. */
type Flag = 0 | 1;

/** What a staff member may do; each role may do everything the one before it may. */
export type StaffRole = 'agent' | 'supervisor' | 'admin';

/** A staff login: separate from customers' accounts, with a mandatory second factor. */
export interface StaffTable {
  id: string;
  /** As the admin typed it, for display. */
  username: string;
  /** NFKC + lower case: unique case-insensitively. */
  username_normalised: string;
  display_name: string;
  /** Lower-cased; where invitations and security e-mails go. */
  email: string;
  role: StaffRole;
  /** argon2id; null until the invitation is accepted. */
  password_hash: string | null;
  password_changed_at: Timestamp | null;
  /** AES-256-GCM, bound to the staff id; null until enrolment starts (and after a 2FA reset). */
  totp_secret_encrypted: string | null;
  /** Null while the authenticator is not yet proved: the next sign-in enrols it. */
  totp_confirmed_at: Timestamp | null;
  /** The last accepted TOTP time step, so each code works once. */
  totp_last_time_step: number | null;
  /** Set when an admin disables the account: it cannot sign in and its sessions are gone. */
  disabled_at: Timestamp | null;
  /** The admin who invited them; null for accounts created by the seed or the CLI. */
  created_by: string | null;
  created_at: Timestamp;
}

/**
 * A staff session. It starts when the password is right and is only a sign-in step until the
 * second factor is proved (`second_factor_at`), which also replaces its secret.
 */
export interface StaffSessionsTable {
  id: string;
  /** SHA-256 of the cookie's 256-bit secret. */
  token_hash: string;
  staff_id: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  second_factor_at: Timestamp | null;
  /** Wrong codes typed in this sign-in step. */
  code_attempts: number;
}

/** A single-use link that lets an invited staff member choose a password. */
export interface StaffInvitationsTable {
  id: string;
  staff_id: string;
  /** SHA-256 of the token in the link. */
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

/** The domain's LockoutState for staff counters (`staff:<id>`, `staff_mfa:<id>`), as `lockouts` for customers. */
export interface StaffLockoutsTable {
  key: string;
  staff_id: string;
  failures: number;
  last_failure_at: Timestamp | null;
  locked_until: Timestamp | null;
  temporary_lockouts: number;
  permanent: Flag;
  updated_at: Timestamp;
}

export interface StaffTables {
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  staff_invitations: StaffInvitationsTable;
  staff_lockouts: StaffLockoutsTable;
}

export type StaffRow = Selectable<StaffTable>;
export type StaffSessionRow = Selectable<StaffSessionsTable>;
