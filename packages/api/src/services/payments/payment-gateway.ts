import type { Currency, Minor } from '@marque/domain';

/** A charge of a single-use card token, made once per idempotency key. */
export interface ChargeRequest {
  /** The token the provider's hosted fields made; we never see the card number. */
  token: string;
  amount: Minor;
  currency: Currency;
  /** Our payment id: the provider sends it back in webhooks. */
  reference: string;
  /** Where the provider sends the customer after a challenge. */
  returnUrl: string;
  idempotencyKey: string;
}

export type ChargeOutcome =
  | { chargeId: string; status: 'succeeded' }
  | { chargeId: string; status: 'declined'; failureReason: string }
  | { chargeId: string; status: 'requires_action'; nextActionUrl: string };

export type GatewayErrorKind =
  /** The token is unknown, used or expired: the customer must enter the card again. */
  | 'token_invalid'
  /** The provider refused the request as malformed or unauthorised: our bug or configuration. */
  | 'rejected'
  /** No answer or a server error: the charge may or may not have been made. */
  | 'unavailable';

export class PaymentGatewayError extends Error {
  override readonly name = 'PaymentGatewayError';

  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Giving back a succeeded charge, made once per idempotency key. */
export interface RefundRequest {
  /** The provider's id of the charge to give back. */
  chargeId: string;
  amount: Minor;
  currency: Currency;
  idempotencyKey: string;
}

export type RefundOutcome =
  | { refundId: string; status: 'succeeded' }
  /** The provider will not refund this charge (e.g. already refunded): retrying will not help. */
  | { refundId: null; status: 'refused'; failureReason: string };

/** A card payment service provider (PSP), as the payment service sees it. */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /**
   * The charge made with our reference (the payment id) as the provider sees it now, or null when
   * it never received one: for a payment whose answer and webhook never reached us.
   */
  retrieveCharge(reference: string): Promise<ChargeOutcome | null>;
  refund(request: RefundRequest): Promise<RefundOutcome>;
}
