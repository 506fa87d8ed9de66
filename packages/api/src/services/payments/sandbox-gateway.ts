import { z } from 'zod';
import {
  PaymentGatewayError,
  type ChargeOutcome,
  type ChargeRequest,
  type PaymentGateway,
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

const errorAnswer = z.object({ error: z.object({ code: z.string() }) });

/** The sandbox provider's server API (`POST /v1/charges`), as a real PSP's SDK would call it. */
export class SandboxGateway implements PaymentGateway {
  private readonly fetch: GatewayFetch;

  constructor(private readonly options: SandboxGatewayOptions) {
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    let response: Response;
    try {
      response = await this.fetch(`${this.options.baseUrl}/v1/charges`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.options.secretKey}`,
          'content-type': 'application/json',
          'idempotency-key': request.idempotencyKey,
        },
        body: JSON.stringify({
          token: request.token,
          amount: request.amount,
          currency: request.currency,
          reference: request.reference,
          returnUrl: request.returnUrl,
        }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new PaymentGatewayError('unavailable', 'the payment provider did not answer', {
        cause: error,
      });
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const parsed = chargeAnswer.safeParse(body);
      if (!parsed.success) {
        throw new PaymentGatewayError('unavailable', 'the payment provider answered unreadably');
      }
      const { id, ...rest } = parsed.data;
      return { chargeId: id, ...rest };
    }
    const code = errorAnswer.safeParse(body).data?.error.code ?? 'unknown';
    if (code === 'token_invalid') {
      throw new PaymentGatewayError('token_invalid', 'the card token is unknown, used or expired');
    }
    throw new PaymentGatewayError(
      response.status >= 500 ? 'unavailable' : 'rejected',
      `the payment provider refused the charge (${String(response.status)} ${code})`,
    );
  }
}
