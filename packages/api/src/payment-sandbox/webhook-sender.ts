import { signatureHeader, SIGNATURE_HEADER } from '../services/payments/webhook-signature.js';

export type WebhookFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface WebhookSenderOptions {
  url: string;
  secret: string;
  clock: () => Date;
  fetch: WebhookFetch;
  /** Waits before each retry; its length bounds the retries. */
  retryDelaysMs: readonly number[];
}

/** The payload every sandbox webhook carries. */
export interface WebhookEvent {
  id: string;
  type: 'charge.succeeded' | 'charge.failed';
  data: {
    chargeId: string;
    reference: string;
    amount: number;
    currency: string;
    failureReason?: string;
  };
}

/**
 * Delivers signed webhooks as a provider does: signed afresh on every attempt (so the timestamp
 * is current), retried on a network error or a non-2xx answer, at most 1 + retries times.
 */
export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: WebhookSenderOptions) {}

  send(event: WebhookEvent): void {
    const delivery = this.deliver(JSON.stringify(event)).finally(() => {
      this.inFlight.delete(delivery);
    });
    this.inFlight.add(delivery);
  }

  /** Resolves when every delivery started so far has succeeded or given up. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async deliver(body: string): Promise<void> {
    const waits = [0, ...this.options.retryDelaysMs];
    for (const wait of waits) {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (await this.attempt(body)) return;
    }
  }

  private async attempt(body: string): Promise<boolean> {
    try {
      const response = await this.options.fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(this.options.secret, body, this.options.clock()),
        },
        body,
      });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  }
}
