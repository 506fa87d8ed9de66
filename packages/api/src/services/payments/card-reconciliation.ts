import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps.js';
import type { Database } from '../../db/schema.js';
import { businessDate } from '../agreements/business-date.js';
import { instant } from '../time/instant.js';
import { applyChargeOutcome } from './charge-outcome.js';
import { PaymentGatewayError } from './payment-gateway.js';
import { markPaymentFailed } from './record-payment.js';

/**
 * How long a card payment may stay 'pending' before the provider is asked about it: well past the
 * charge call's 15-second timeout and the provider's webhook retries, so a charge still in flight is
 * never taken for one that was never made.
 */
export const RECONCILE_AFTER_MINUTES = 30;

/** Payments looked at per query. */
const PAGE = 100;

/** The reason a payment is failed with when the provider never received its charge. */
export const NOT_CHARGED = 'not_charged';

export interface ReconciliationCounts {
  /** Pending card payments the provider was asked about. */
  checked: number;
  paid: number;
  failed: number;
  /** The provider has the charge waiting for the customer's authentication. */
  awaitingCustomer: number;
  /** No answer from the provider: asked again on the next sweep. */
  unanswered: number;
}

/**
 * The reconciliation sweep: every card payment left 'pending' for RECONCILE_AFTER_MINUTES (its
 * webhook never arrived, or the process stopped between charging and recording the answer) is
 * looked up at the provider by its reference and settled, failed or marked as awaiting the
 * customer, through the same transitions as the charge's own answer, so a webhook that arrives
 * later changes nothing. A charge the provider never received is failed as 'not_charged': nothing
 * was taken.
 */
export async function reconcileCardPayments(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'paymentGateway' | 'logger'>,
): Promise<ReconciliationCounts> {
  const counts: ReconciliationCounts = {
    checked: 0,
    paid: 0,
    failed: 0,
    awaitingCustomer: 0,
    unanswered: 0,
  };
  const now = deps.clock();
  const cutoff = instant(new Date(now.getTime() - RECONCILE_AFTER_MINUTES * 60_000));
  const today = businessDate(now, deps.config.market);
  let after: readonly [string, string] = ['', ''];
  for (;;) {
    const page = await stalePendingCardPayments(deps.db, cutoff, after);
    const last = page.at(-1);
    if (last === undefined) return counts;
    after = [last.created_at, last.id];
    for (const payment of page) {
      counts.checked += 1;
      let outcome;
      try {
        outcome = await deps.paymentGateway.retrieveCharge(payment.id);
      } catch (error) {
        if (!(error instanceof PaymentGatewayError)) throw error;
        deps.logger.warn({ err: error, paymentId: payment.id }, 'reconciliation: no answer');
        counts.unanswered += 1;
        continue;
      }
      if (outcome === null) {
        await deps.db
          .transaction()
          .execute((trx) => markPaymentFailed(trx, payment.id, NOT_CHARGED, today, now));
        counts.failed += 1;
      } else {
        await applyChargeOutcome(deps.db, payment.id, outcome, today, now);
        if (outcome.status === 'succeeded') counts.paid += 1;
        else if (outcome.status === 'declined') counts.failed += 1;
        else counts.awaitingCustomer += 1;
      }
      deps.logger.info(
        { paymentId: payment.id, outcome: outcome?.status ?? NOT_CHARGED },
        'reconciliation: card payment settled from the provider',
      );
    }
  }
}

/** Card payments pending since before `cutoff`, oldest first, after the keyset position. */
async function stalePendingCardPayments(
  db: Kysely<Database>,
  cutoff: string,
  after: readonly [string, string],
) {
  return db
    .selectFrom('payments')
    .select(['id', 'created_at'])
    .where('status', '=', 'pending')
    .where('method', '=', 'card')
    .where('created_at', '<', cutoff)
    .where((eb) => eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(after[0], after[1])))
    .orderBy('created_at')
    .orderBy('id')
    .limit(PAGE)
    .execute();
}
