import type { Currency, IsoDate, Minor } from '@marque/domain';
import type { PaymentMethod, PaymentRow, PaymentStatus } from '../../db/payment-tables.js';

/** A payment as the console lists it. */
export interface StaffPaymentSummary {
  id: string;
  agreementId: string;
  agreementNumber: string;
  customerName: string;
  method: PaymentMethod;
  amount: Minor;
  currency: Currency;
  status: PaymentStatus;
  /** The bank's transaction id, the card provider's charge id or the Bacs reference. */
  reference: string | null;
  createdAt: string;
  settledOn: IsoDate | null;
  failureReason: string | null;
}

export function paymentSummary(
  row: PaymentRow,
  agreement: { agreement_number: string },
  customer: { given_name: string; family_name: string },
): StaffPaymentSummary {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    agreementNumber: agreement.agreement_number,
    customerName: `${customer.given_name} ${customer.family_name}`,
    method: row.method,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    reference: row.gateway_reference,
    createdAt: row.created_at,
    settledOn: row.settled_at,
    failureReason: row.failure_reason,
  };
}
