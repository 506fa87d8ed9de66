import { TRPCError } from '@trpc/server';
import type { RefundRow } from '../../db/staff-money-tables.js';
import type { Context } from '../../trpc/context.js';
import { businessDate } from '../agreements/business-date.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { PaymentGatewayError, type RefundOutcome } from '../payments/payment-gateway.js';
import { markPaymentRefunded, PaymentTransitionError } from '../payments/record-payment.js';
import { instant, secondsAfter } from '../time/instant.js';
import { refundView, type RefundView } from './refund-view.js';

type StaffContext = Context & { staff: StaffActor };

/** A refund left 'processing' this long was interrupted (the server stopped): it may be retried. */
const STUCK_AFTER_SECONDS = 300;

const STATUS_WORDS: Record<RefundRow['status'], string> = {
  awaiting_approval: 'waiting for a second supervisor',
  processing: 'being paid back',
  completed: 'paid back',
  failed: 'not paid back yet',
  rejected: 'rejected',
};

/**
 * A supervisor asks to give a paid payment back, whole. Up to the configured limit it is paid back
 * at once; above it, it waits for a second, different supervisor (four eyes). Once per
 * idempotency key (a retried request answers the first refund), and one live refund per payment.
 */
export async function requestRefund(
  ctx: StaffContext,
  input: { paymentId: string; reason: string; idempotencyKey: string },
): Promise<RefundView> {
  const { db } = ctx.deps;
  const earlier = await db
    .selectFrom('refunds')
    .select('id')
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (earlier !== undefined) return refundView(db, earlier.id);
  const payment = await db
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', input.paymentId)
    .executeTakeFirst();
  if (payment === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that payment.' });
  }
  if (payment.status !== 'paid') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Only a paid payment can be refunded; this one is ${payment.status.replace('_', ' ')}.`,
    });
  }
  const needsApproval = payment.amount > ctx.deps.config.refundApprovalAbove;
  const id = crypto.randomUUID();
  const inserted = await db
    .insertInto('refunds')
    .values({
      id,
      payment_id: payment.id,
      customer_id: payment.customer_id,
      amount: payment.amount,
      reason: input.reason,
      status: needsApproval ? 'awaiting_approval' : 'processing',
      idempotency_key: input.idempotencyKey,
      requested_by: ctx.staff.id,
      requested_at: instant(ctx.deps.clock()),
      approved_by: null,
      decided_at: null,
      decision_note: null,
      gateway_refund_id: null,
      failure_reason: null,
      completed_at: null,
    })
    // Either unique rule (the key, one live refund per payment) may stop it: both are read below.
    .onConflict((conflict) => conflict.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted === undefined) {
    const raced = await db
      .selectFrom('refunds')
      .select('id')
      .where('idempotency_key', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (raced !== undefined) return refundView(db, raced.id);
    const live = await db
      .selectFrom('refunds')
      .select('status')
      .where('payment_id', '=', payment.id)
      .where('status', '<>', 'rejected')
      .executeTakeFirstOrThrow();
    throw new TRPCError({
      code: 'CONFLICT',
      message: `This payment already has a refund, ${STATUS_WORDS[live.status]}.`,
    });
  }
  await auditStaffAction(ctx, {
    event: 'refund.requested',
    customerId: payment.customer_id,
    details: {
      refundId: id,
      paymentId: payment.id,
      amount: payment.amount,
      needsSecondApproval: needsApproval,
      reason: input.reason,
    },
  });
  if (needsApproval) return refundView(db, id);
  return payBack(ctx, inserted);
}

/**
 * The second supervisor approves (the refund is paid back at once) or rejects it. The supervisor
 * who asked may not decide: that is the point of four eyes. Only one decision counts, however many
 * arrive at once.
 */
export async function decideRefund(
  ctx: StaffContext,
  input: { refundId: string; decision: 'approve' | 'reject'; note?: string | undefined },
): Promise<RefundView> {
  const refund = await findRefund(ctx, input.refundId);
  if (refund.requested_by === ctx.staff.id) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'You asked for this refund, so another supervisor must approve or reject it.',
    });
  }
  const decided = await ctx.deps.db
    .updateTable('refunds')
    .set({
      status: input.decision === 'approve' ? 'processing' : 'rejected',
      approved_by: ctx.staff.id,
      decided_at: instant(ctx.deps.clock()),
      decision_note: input.note ?? null,
    })
    .where('id', '=', refund.id)
    .where('status', '=', 'awaiting_approval')
    .where('requested_by', '<>', ctx.staff.id)
    .returningAll()
    .executeTakeFirst();
  if (decided === undefined) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `This refund is ${STATUS_WORDS[refund.status]}: there is nothing to decide.`,
    });
  }
  await auditStaffAction(ctx, {
    event: input.decision === 'approve' ? 'refund.approved' : 'refund.rejected',
    customerId: refund.customer_id,
    details: { refundId: refund.id, note: input.note ?? null },
  });
  if (input.decision === 'reject') return refundView(ctx.deps.db, refund.id);
  return payBack(ctx, decided);
}

/**
 * Tries a refund that failed (or was interrupted) again. The provider sees the same idempotency
 * key, so a refund it had already made is answered, never made twice.
 */
export async function retryRefund(
  ctx: StaffContext,
  input: { refundId: string },
): Promise<RefundView> {
  const refund = await findRefund(ctx, input.refundId);
  const stuckBefore = secondsAfter(ctx.deps.clock(), -STUCK_AFTER_SECONDS);
  const claimed = await ctx.deps.db
    .updateTable('refunds')
    .set({ status: 'processing', failure_reason: null })
    .where('id', '=', refund.id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'failed'),
        eb.and([
          eb('status', '=', 'processing'),
          eb(eb.fn.coalesce('decided_at', 'requested_at'), '<', stuckBefore),
        ]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
  if (claimed === undefined) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `This refund is ${STATUS_WORDS[refund.status]}: there is nothing to retry.`,
    });
  }
  return payBack(ctx, claimed);
}

async function findRefund(ctx: StaffContext, refundId: string): Promise<RefundRow> {
  const refund = await ctx.deps.db
    .selectFrom('refunds')
    .selectAll()
    .where('id', '=', refundId)
    .executeTakeFirst();
  if (refund === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that refund.' });
  }
  return refund;
}

/**
 * Pays a refund this caller has claimed ('processing') back: through the card provider for a card
 * payment, otherwise as a ledger refund (the money goes back by bank transfer). The payment
 * becomes 'refunded' and a refund entry debits the account in the same transaction as the refund
 * completes; a provider that refuses or does not answer leaves it 'failed', to retry.
 */
async function payBack(ctx: StaffContext, refund: RefundRow): Promise<RefundView> {
  const { db } = ctx.deps;
  const payment = await db
    .selectFrom('payments')
    .selectAll()
    .where('id', '=', refund.payment_id)
    .executeTakeFirstOrThrow();
  let gatewayRefundId: string | null = null;
  if (payment.method === 'card') {
    let outcome: RefundOutcome;
    try {
      outcome = await ctx.deps.paymentGateway.refund({
        chargeId: payment.gateway_reference ?? '',
        amount: refund.amount,
        currency: payment.currency,
        idempotencyKey: `refund:${refund.id}`,
      });
    } catch (error) {
      if (!(error instanceof PaymentGatewayError)) throw error;
      return failed(ctx, refund, 'The card provider did not answer. Try again in a few minutes.');
    }
    if (outcome.status === 'refused') {
      return failed(
        ctx,
        refund,
        `The card provider refused the refund (${outcome.failureReason}).`,
      );
    }
    gatewayRefundId = outcome.refundId;
  }
  const now = ctx.deps.clock();
  try {
    await db.transaction().execute(async (trx) => {
      await markPaymentRefunded(trx, payment.id, businessDate(now, ctx.deps.config.market), now);
      await trx
        .updateTable('refunds')
        .set({
          status: 'completed',
          gateway_refund_id: gatewayRefundId,
          completed_at: instant(now),
        })
        .where('id', '=', refund.id)
        .execute();
    });
  } catch (error) {
    if (!(error instanceof PaymentTransitionError)) throw error;
    return failed(ctx, refund, `The payment is now ${error.from}, so it cannot be refunded.`);
  }
  await auditStaffAction(ctx, {
    event: 'refund.completed',
    customerId: refund.customer_id,
    details: {
      refundId: refund.id,
      paymentId: payment.id,
      amount: refund.amount,
      route: payment.method === 'card' ? 'card_provider' : 'ledger',
    },
  });
  return refundView(db, refund.id);
}

async function failed(ctx: StaffContext, refund: RefundRow, reason: string): Promise<RefundView> {
  await ctx.deps.db
    .updateTable('refunds')
    .set({ status: 'failed', failure_reason: reason })
    .where('id', '=', refund.id)
    .execute();
  await auditStaffAction(ctx, {
    event: 'refund.failed',
    customerId: refund.customer_id,
    details: { refundId: refund.id, reason },
  });
  return refundView(ctx.deps.db, refund.id);
}
