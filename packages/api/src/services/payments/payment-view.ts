import type { Currency, IsoDate, Minor } from '@marque/domain';
import type { PaymentMethod, PaymentRow, PaymentStatus } from '../../db/payment-tables.js';

/** A payment as the customer sees it: no provider keys, no card details (we never had them). */
export interface PaymentView {
  paymentId: string;
  agreementId: string;
  method: PaymentMethod;
  amount: Minor;
  currency: Currency;
  status: PaymentStatus;
  failureReason: string | null;
  createdAt: string;
  settledOn: IsoDate | null;
}

/** The customer's view of a stored payment. */
export function paymentView(row: PaymentRow): PaymentView {
  return {
    paymentId: row.id,
    agreementId: row.agreement_id,
    method: row.method,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    failureReason: row.failure_reason,
    createdAt: row.created_at,
    settledOn: row.settled_at,
  };
}

/** The answer to a card payment request, identical for every retry with the same idempotency key. */
export interface CardPaymentAnswer {
  paymentId: string;
  status: PaymentStatus;
  /** The provider's challenge page, while the payment requires the customer's authentication. */
  nextActionUrl?: string;
  failureReason?: string;
}

/** The card payment answer a stored payment gives. */
export function cardPaymentAnswer(row: PaymentRow): CardPaymentAnswer {
  return {
    paymentId: row.id,
    status: row.status,
    ...(row.status === 'requires_action' && row.next_action_url !== null
      ? { nextActionUrl: row.next_action_url }
      : {}),
    ...(row.status === 'failed' && row.failure_reason !== null
      ? { failureReason: row.failure_reason }
      : {}),
  };
}
