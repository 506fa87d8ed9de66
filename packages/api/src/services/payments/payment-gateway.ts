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

/** A card payment service provider (PSP), as the payment service sees it. */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
}
