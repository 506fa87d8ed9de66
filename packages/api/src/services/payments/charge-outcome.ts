import type { IsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ChargeOutcome } from './payment-gateway.js';
import { attachGatewayReference, markPaymentFailed, markPaymentPaid } from './record-payment.js';

/**
 * Stores what the provider answered a charge with, in one transaction so that anyone reading the
 * payment sees it before or after, never half way. A webhook may have settled it already; the
 * status changes are then no-ops, so the account is credited once.
 */
export async function applyChargeOutcome(
  db: Kysely<Database>,
  paymentId: string,
  outcome: ChargeOutcome,
  today: IsoDate,
  at: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await attachGatewayReference(
      trx,
      paymentId,
      {
        gatewayReference: outcome.chargeId,
        nextActionUrl: outcome.status === 'requires_action' ? outcome.nextActionUrl : null,
      },
      at,
    );
    if (outcome.status === 'succeeded') await markPaymentPaid(trx, paymentId, today, at);
    if (outcome.status === 'declined') {
      await markPaymentFailed(trx, paymentId, outcome.failureReason, today, at);
    }
  });
}
