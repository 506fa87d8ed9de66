import type { Handler } from 'hono';
import type { AppDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import { recordAudit } from '../services/audit/audit-log.js';
import { businessDate } from '../services/agreements/business-date.js';
import {
  paymentWebhookEvent,
  processPaymentWebhook,
} from '../services/payments/payment-webhook.js';
import { SIGNATURE_HEADER, verifySignatureHeader } from '../services/payments/webhook-signature.js';

/** Where the payment provider delivers webhooks; it authenticates by signature, not by Origin. */
export const PAYMENTS_WEBHOOK_PATH = '/api/webhooks/payments';

/**
 * The payment provider's webhook: a forged, stale or unsigned delivery is refused with 400 and
 * audited; a valid one is applied exactly once and answered 200 (so the provider stops retrying).
 */
export function paymentsWebhook(deps: AppDeps): Handler {
  return async (c) => {
    const body = await c.req.text();
    const now = deps.clock();
    const check = verifySignatureHeader(
      deps.config.paymentGateway.webhookSecret,
      c.req.header(SIGNATURE_HEADER),
      body,
      now,
    );
    if (!check.ok) {
      await recordAudit(
        deps.db,
        now,
        { ip: clientIp(c, deps.config.trustProxy), userAgent: c.req.header('user-agent') ?? null },
        {
          event: 'payment.webhook_refused',
          actorType: 'anonymous',
          details: { reason: check.reason },
        },
      );
      return c.json({ error: { message: 'Invalid signature.' } }, 400);
    }
    let json: unknown = null;
    try {
      json = JSON.parse(body);
    } catch {
      // Signed but unreadable: answered as malformed below.
    }
    const event = paymentWebhookEvent.safeParse(json);
    if (!event.success) return c.json({ error: { message: 'Malformed event.' } }, 400);
    const result = await processPaymentWebhook(
      deps.db,
      event.data,
      businessDate(now, deps.config.market),
      now,
    );
    if (result === 'unmatched' || result === 'refused_transition') {
      deps.logger.warn({ eventId: event.data.id, result }, 'payment webhook not applied');
    }
    return c.json({ received: true, result });
  };
}
