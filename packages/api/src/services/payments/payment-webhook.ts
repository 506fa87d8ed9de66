import type { IsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import {
  attachGatewayReference,
  markPaymentFailed,
  markPaymentPaid,
  PaymentTransitionError,
} from './record-payment.js';

/** A provider webhook as it arrives (after its signature has been checked). */
export const paymentWebhookEvent = z.object({
  id: z.string().min(1).max(100),
  type: z.enum(['charge.succeeded', 'charge.failed']),
  data: z.object({
    chargeId: z.string().min(1).max(100),
    reference: z.string().min(1).max(100),
    amount: z.number().int().positive(),
    currency: z.enum(['GBP', 'USD']),
    failureReason: z.string().max(200).optional(),
  }),
});

export type PaymentWebhookEvent = z.infer<typeof paymentWebhookEvent>;

export type WebhookResult =
  | 'processed'
  /** Delivered before: the provider retries, we must not act twice. */
  | 'duplicate'
  /** Names no card payment of ours, or disagrees with it (amount, currency, charge). */
  | 'unmatched'
  /** The payment's status does not allow the change (e.g. success after failure). */
  | 'refused_transition';

/**
 * Applies a provider webhook exactly once: its event id is stored in the same transaction as the
 * status change, so a redelivery (or three at once) finds the id and changes nothing.
 */
export async function processPaymentWebhook(
  db: Kysely<Database>,
  event: PaymentWebhookEvent,
  today: IsoDate,
  at: Date,
): Promise<WebhookResult> {
  return db.transaction().execute(async (trx) => {
    const first = await trx
      .insertInto('payment_webhook_events')
      .values({ id: event.id, type: event.type, received_at: instant(at) })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (first === undefined) return 'duplicate';
    const { data } = event;
    const payment = await trx
      .selectFrom('payments')
      .selectAll()
      .where('id', '=', data.reference)
      .where('method', '=', 'card')
      .executeTakeFirst();
    if (
      payment === undefined ||
      payment.amount !== data.amount ||
      payment.currency !== data.currency ||
      (payment.gateway_reference !== null && payment.gateway_reference !== data.chargeId)
    ) {
      return 'unmatched';
    }
    try {
      await attachGatewayReference(
        trx,
        payment.id,
        { gatewayReference: data.chargeId, nextActionUrl: null },
        at,
      );
      if (event.type === 'charge.succeeded') {
        await markPaymentPaid(trx, payment.id, today, at);
      } else {
        const reason = data.failureReason ?? 'charge_failed';
        await markPaymentFailed(trx, payment.id, reason, today, at);
      }
    } catch (error) {
      if (error instanceof PaymentTransitionError) return 'refused_transition';
      throw error;
    }
    return 'processed';
  });
}
