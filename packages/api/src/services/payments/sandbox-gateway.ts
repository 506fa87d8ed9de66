import { z } from 'zod';
import {
  PaymentGatewayError,
  type ChargeOutcome,
  type ChargeRequest,
  type PaymentGateway,
  type RefundOutcome,
  type RefundRequest,
} from './payment-gateway.js';

/** The fetch the gateway calls: the global one, or in tests the sandbox app's `request`. */
export type GatewayFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface SandboxGatewayOptions {
  /** The sandbox's base URL, e.g. http://localhost:3002. */
  baseUrl: string;
  secretKey: string;
  fetch?: GatewayFetch;
}

const chargeAnswer = z.discriminatedUnion('status', [
  z.object({ id: z.string().min(1), status: z.literal('succeeded') }),
  z.object({ id: z.string().min(1), status: z.literal('declined'), failureReason: z.string() }),
  z.object({ id: z.string().min(1), status: z.literal('requires_action'), nextActionUrl: z.url() }),
]);

const refundAnswer = z.object({ id: z.string().min(1), status: z.literal('succeeded') });

/** A charge as the provider's server API shows it. */
function chargeOutcomeOf(body: unknown): ChargeOutcome {
  const parsed = chargeAnswer.safeParse(body);
  if (!parsed.success) {
    throw new PaymentGatewayError('unavailable', 'the payment provider answered unreadably');
  }
  const { id, ...rest } = parsed.data;
  return { chargeId: id, ...rest };
}

const errorAnswer = z.object({ error: z.object({ code: z.string() }) });

/** Refusals that say the charge cannot be refunded, whatever is retried. */
const REFUND_REFUSALS = new Set(['charge_not_refundable', 'amount_too_large', 'charge_unknown']);

/** The sandbox provider's server API (`POST /v1/charges`, `/v1/refunds`), as a real PSP's SDK would call it. */
export class SandboxGateway implements PaymentGateway {
  private readonly fetch: GatewayFetch;

  constructor(private readonly options: SandboxGatewayOptions) {
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    const response = await this.post('/v1/charges', request.idempotencyKey, {
      token: request.token,
      amount: request.amount,
      currency: request.currency,
      reference: request.reference,
      returnUrl: request.returnUrl,
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return chargeOutcomeOf(body);
    const code = errorAnswer.safeParse(body).data?.error.code ?? 'unknown';
    if (code === 'token_invalid') {
      throw new PaymentGatewayError('token_invalid', 'the card token is unknown, used or expired');
    }
    throw new PaymentGatewayError(
      response.status >= 500 ? 'unavailable' : 'rejected',
      `the payment provider refused the charge (${String(response.status)} ${code})`,
    );
  }

  async retrieveCharge(reference: string): Promise<ChargeOutcome | null> {
    let response: Response;
    try {
      response = await this.fetch(
        `${this.options.baseUrl}/v1/charges?reference=${encodeURIComponent(reference)}`,
        {
          method: 'GET',
          headers: { authorization: `Bearer ${this.options.secretKey}` },
          signal: AbortSignal.timeout(15_000),
        },
      );
    } catch (error) {
      throw new PaymentGatewayError('unavailable', 'the payment provider did not answer', {
        cause: error,
      });
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 404) return null;
    if (!response.ok) {
      throw new PaymentGatewayError(
        response.status >= 500 ? 'unavailable' : 'rejected',
        `the payment provider refused the look-up (${String(response.status)})`,
      );
    }
    return chargeOutcomeOf(body);
  }

  async refund(request: RefundRequest): Promise<RefundOutcome> {
    const response = await this.post('/v1/refunds', request.idempotencyKey, {
      charge: request.chargeId,
      amount: request.amount,
      currency: request.currency,
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const parsed = refundAnswer.safeParse(body);
      if (!parsed.success) {
        throw new PaymentGatewayError('unavailable', 'the payment provider answered unreadably');
      }
      return { refundId: parsed.data.id, status: 'succeeded' };
    }
    const code = errorAnswer.safeParse(body).data?.error.code ?? 'unknown';
    if (REFUND_REFUSALS.has(code))
      return { refundId: null, status: 'refused', failureReason: code };
    throw new PaymentGatewayError(
      response.status >= 500 ? 'unavailable' : 'rejected',
      `the payment provider refused the refund (${String(response.status)} ${code})`,
    );
  }

  /** A server API call with the secret key and an idempotency key; no answer is 'unavailable'. */
  private async post(path: string, idempotencyKey: string, body: object): Promise<Response> {
    try {
      return await this.fetch(`${this.options.baseUrl}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.options.secretKey}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new PaymentGatewayError('unavailable', 'the payment provider did not answer', {
        cause: error,
      });
    }
  }
}
