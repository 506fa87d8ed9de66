import type { Insertable, Selectable } from 'kysely';

/** ISO-8601 UTC instant as text. */
type Timestamp = string;
/** Calendar date as 'YYYY-MM-DD' text. */
type CalendarDate = string;
/** Integer minor units (pence, cents). */
type MinorUnits = number;

export type PaymentMethod = 'card' | 'bank_transfer' | 'direct_debit';

export type PaymentStatus = 'pending' | 'requires_action' | 'paid' | 'failed' | 'refunded';

/** Every attempt to pay, whatever the method; the ledger entry is written when money arrives. */
export interface PaymentsTable {
  id: string;
  agreement_id: string;
  customer_id: string;
  method: PaymentMethod;
  amount: MinorUnits;
  currency: 'GBP' | 'USD';
  status: PaymentStatus;
  /** Unique per customer: a retried request finds the payment its first attempt made. */
  idempotency_key: string;
  /** The provider's id (a card charge, a Bacs collection, a bank statement line). */
  gateway_reference: string | null;
  /** Where the customer completes the provider's challenge (3-D Secure) while 'requires_action'. */
  next_action_url: string | null;
  failure_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The day the money arrived (the ledger entry's date); null until paid. */
  settled_at: CalendarDate | null;
}

/** Provider webhook events already processed: the unique id makes a redelivery a no-op. */
export interface PaymentWebhookEventsTable {
  id: string;
  type: string;
  received_at: Timestamp;
}

export interface PaymentTables {
  payments: PaymentsTable;
  payment_webhook_events: PaymentWebhookEventsTable;
}

export type PaymentRow = Selectable<PaymentsTable>;
export type NewPaymentRow = Insertable<PaymentsTable>;
