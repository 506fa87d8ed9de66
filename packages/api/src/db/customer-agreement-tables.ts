import type { Insertable, Selectable } from 'kysely';

/** ISO-8601 UTC instant as text, e.g. '2026-11-23T12:00:00.000Z' (orders lexicographically). */
type Timestamp = string;
/** Calendar date as 'YYYY-MM-DD' text. */
type CalendarDate = string;
/** Integer minor units (pence, cents); PostgreSQL bigint parsed back to number in db/connect.ts. */
type MinorUnits = number;

export interface CustomersTable {
  id: string;
  title: string | null;
  given_name: string;
  family_name: string;
  date_of_birth: CalendarDate;
  email: string;
  phone: string;
  address_line1: string;
  address_line2: string | null;
  town: string;
  postcode: string;
  /** Upper case without spaces, so the identity check compares like with like. */
  postcode_normalised: string;
  country: 'GB' | 'US';
  /** US identity check only. */
  ssn_last4: string | null;
  created_at: Timestamp;
}

export type AgreementStatus = 'active' | 'settled' | 'terminated';

export interface AgreementsTable {
  id: string;
  /** Stored normalised (the domain's normaliseAgreementNumber), unique. */
  agreement_number: string;
  customer_id: string;
  type: 'HP' | 'PCP' | 'LEASE';
  currency: 'GBP' | 'USD';
  status: AgreementStatus;
  vehicle_description: string;
  vehicle_registration: string;
  dealer_name: string;
  start_date: CalendarDate;
  first_payment_date: CalendarDate;
  term_months: number;
  /** Credit agreements (HP, PCP) only; null for a lease. */
  cash_price: MinorUnits | null;
  deposit: MinorUnits | null;
  amount_of_credit: MinorUnits | null;
  /** Nominal annual rate in basis points (690 = 6.9 %). */
  annual_rate_bp: number | null;
  option_to_purchase_fee: MinorUnits | null;
  /** PCP only. */
  optional_final_payment: MinorUnits | null;
  /** PCP and lease. */
  annual_mileage_allowance: number | null;
  excess_mileage_rate: MinorUnits | null;
  /** Lease only. */
  monthly_rental: MinorUnits | null;
  initial_rental_months: number | null;
  created_at: Timestamp;
}

export type InstallmentKind = 'initial_rental' | 'monthly' | 'optional_final_payment';

/** The agreed schedule, written once when the agreement is onboarded. */
export interface InstallmentsTable {
  agreement_id: string;
  /** 1-based position in the schedule. */
  number: number;
  due_date: CalendarDate;
  amount: MinorUnits;
  interest: MinorUnits;
  principal: MinorUnits;
  fee: MinorUnits;
  /** What is still owed once this instalment is paid. */
  balance_after: MinorUnits;
  kind: InstallmentKind;
}

export type LedgerEntryKind =
  'installment_due' | 'payment_received' | 'fee' | 'refund' | 'reversal' | 'adjustment';

/** The account's history; amounts are positive and the kind gives the direction. */
export interface LedgerEntriesTable {
  id: string;
  agreement_id: string;
  entry_date: CalendarDate;
  kind: LedgerEntryKind;
  amount: MinorUnits;
  description: string;
  reference: string | null;
  created_at: Timestamp;
}

export interface CustomerAgreementTables {
  customers: CustomersTable;
  agreements: AgreementsTable;
  installments: InstallmentsTable;
  ledger_entries: LedgerEntriesTable;
}

export type CustomerRow = Selectable<CustomersTable>;
export type NewCustomerRow = Insertable<CustomersTable>;
export type AgreementRow = Selectable<AgreementsTable>;
export type NewAgreementRow = Insertable<AgreementsTable>;
export type InstallmentRow = Selectable<InstallmentsTable>;
export type NewInstallmentRow = Insertable<InstallmentsTable>;
export type LedgerEntryRow = Selectable<LedgerEntriesTable>;
export type NewLedgerEntryRow = Insertable<LedgerEntriesTable>;
