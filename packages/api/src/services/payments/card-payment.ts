import type { IsoDate, Minor } from '@marque/domain';
import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import type { PaymentRow } from '../../db/payment-tables.js';
import type { Database } from '../../db/schema.js';
import { loadCustomerAgreement } from '../agreements/agreement-queries.js';
import { applyChargeOutcome } from './charge-outcome.js';
import { paymentAmounts } from './payment-amount.js';
import { PaymentGatewayError, type PaymentGateway } from './payment-gateway.js';
import { cardPaymentAnswer, type CardPaymentAnswer } from './payment-view.js';
import { markPaymentFailed, recordPayment } from './record-payment.js';

export interface CardPaymentRequest {
  customerId: string;
  agreementId: string;
  /** Omitted: the arrears if any, else the next payment. */
  amount?: Minor;
  paymentToken: string;
  idempotencyKey: string;
  /** Where the provider sends the customer back after a challenge, given the payment id. */
  returnUrl: (paymentId: string) => string;
}

export interface CardPaymentContext {
  db: Kysely<Database>;
  gateway: PaymentGateway;
  logger: Logger;
  today: IsoDate;
  now: Date;
}

export type CardPaymentRefusal =
  | 'agreement_not_found'
  | 'agreement_closed'
  | 'nothing_due'
  | 'amount_above_settlement'
  | 'idempotency_key_reused';

/** A payment the rules do not allow; `maximum` is set when the amount was too high. */
export class CardPaymentRefused extends Error {
  override readonly name = 'CardPaymentRefused';

  constructor(
    readonly reason: CardPaymentRefusal,
    readonly maximum: Minor | null = null,
  ) {
    super(reason);
  }
}

/** How long a retry waits for the first request with its key to hear back from the provider. */
const FIRST_ANSWER_WAIT_MS = 10_000;
const POLL_MS = 20;

/**
 * Takes a card payment exactly once per idempotency key: the payment row is inserted first
 * (ON CONFLICT DO NOTHING) and only the request that inserted it charges the token; every other
 * request with the key waits for that outcome and answers the same.
 */
export async function makeCardPayment(
  context: CardPaymentContext,
  request: CardPaymentRequest,
): Promise<CardPaymentAnswer> {
  const { db, today, now } = context;
  const record = await loadCustomerAgreement(db, request.customerId, request.agreementId);
  if (record === undefined) throw new CardPaymentRefused('agreement_not_found');
  if (record.row.status !== 'active') throw new CardPaymentRefused('agreement_closed');
  const { suggested, maximum } = paymentAmounts(record, today);
  const amount = request.amount ?? suggested;
  if (amount === null) throw new CardPaymentRefused('nothing_due');
  if (amount > maximum) throw new CardPaymentRefused('amount_above_settlement', maximum);

  const { payment, created } = await recordPayment(db, {
    agreementId: record.row.id,
    customerId: request.customerId,
    method: 'card',
    amount,
    currency: record.row.currency,
    idempotencyKey: request.idempotencyKey,
    at: now,
  });
  if (!created) {
    if (payment.agreement_id !== record.row.id || payment.amount !== amount) {
      throw new CardPaymentRefused('idempotency_key_reused');
    }
    return cardPaymentAnswer(await firstAnswer(db, payment));
  }

  try {
    const outcome = await context.gateway.charge({
      token: request.paymentToken,
      amount,
      currency: record.row.currency,
      reference: payment.id,
      returnUrl: request.returnUrl(payment.id),
      // The payment id is unique per attempt, so a retried charge call cannot charge twice.
      idempotencyKey: payment.id,
    });
    await applyChargeOutcome(db, payment.id, outcome, today, now);
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    if (error.kind === 'unavailable') {
      // The charge may have been made: the provider's webhook will settle the payment either way.
      context.logger.warn({ err: error, paymentId: payment.id }, 'payment provider unavailable');
    } else {
      context.logger.error(
        { err: error, paymentId: payment.id },
        'payment provider refused a charge',
      );
      await db
        .transaction()
        .execute((trx) => markPaymentFailed(trx, payment.id, error.kind, today, now));
    }
  }
  return cardPaymentAnswer(await paymentById(db, payment.id));
}

async function paymentById(db: Kysely<Database>, paymentId: string): Promise<PaymentRow> {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', paymentId)
    .executeTakeFirstOrThrow();
}

/** The payment once the request that created it has stored the provider's answer (or given up waiting). */
async function firstAnswer(db: Kysely<Database>, payment: PaymentRow): Promise<PaymentRow> {
  let current = payment;
  const deadline = Date.now() + FIRST_ANSWER_WAIT_MS;
  while (
    current.status === 'pending' &&
    current.gateway_reference === null &&
    Date.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = await paymentById(db, payment.id);
  }
  return current;
}
