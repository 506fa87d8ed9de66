import type { Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;

export type VerificationOutcome = 'passed' | 'failed';

/**
 * One identity check a member of staff completed while the customer was on the phone. Only the
 * outcome and which questions matched are kept, never what the caller said.
 */
export interface IdentityVerificationsTable {
  id: string;
  customer_id: string;
  staff_id: string;
  outcome: VerificationOutcome;
  /** JSON object: each question asked and whether the answer matched the record. */
  checks: string;
  created_at: Timestamp;
}

export interface IdentityVerificationTables {
  identity_verifications: IdentityVerificationsTable;
}

export type IdentityVerificationRow = Selectable<IdentityVerificationsTable>;
