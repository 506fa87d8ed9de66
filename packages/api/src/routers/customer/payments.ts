import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { businessDate } from '../../services/agreements/business-date.js';
import { findCustomerAgreement } from '../../services/agreements/agreement-queries.js';
import { bankTransferDetails } from '../../services/payments/bank-transfer.js';
import { CardPaymentRefused, makeCardPayment } from '../../services/payments/card-payment.js';
import {
  customerPayment,
  InvalidPaymentCursorError,
  paymentsPage,
} from '../../services/payments/payment-history.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

const agreementId = z.uuid({ error: 'Choose one of your agreements.' });

function notFound(what: 'agreement' | 'payment'): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `We could not find that ${what}.` });
}

/** Minor units as a decimal figure, by integer arithmetic (no float rounding). */
function formatMinor(amount: number): string {
  return `${String(Math.trunc(amount / 100))}.${String(amount % 100).padStart(2, '0')}`;
}

function refusal(error: CardPaymentRefused): TRPCError {
  switch (error.reason) {
    case 'agreement_not_found':
      return notFound('agreement');
    case 'agreement_closed':
      return new TRPCError({ code: 'BAD_REQUEST', message: 'This agreement is closed.' });
    case 'nothing_due':
      return new TRPCError({
        code: 'BAD_REQUEST',
        message: 'Nothing is due on this agreement just now. Enter an amount to pay.',
      });
    case 'amount_above_settlement':
      return new TRPCError({
        code: 'BAD_REQUEST',
        message: `You can pay at most ${formatMinor(error.maximum ?? 0)}, the amount that settles this agreement.`,
      });
    case 'idempotency_key_reused':
      return new TRPCError({
        code: 'CONFLICT',
        message: 'This payment was already started with different details. Please start again.',
      });
  }
}

/** The signed-in customer's payments: every query is scoped to `ctx.customerId`. */
export const paymentsRouter = router({
  makeCardPayment: customerProcedure
    .input(
      z.object({
        agreementId,
        amount: z
          .number({ error: 'Enter the amount in pence or cents.' })
          .int('Enter the amount in pence or cents.')
          .positive('Enter an amount greater than zero.')
          .max(100_000_000, 'Enter a smaller amount.')
          .optional(),
        paymentToken: z
          .string({ error: 'Please enter your card details again.' })
          .regex(/^tok_[A-Za-z0-9_-]{8,64}$/, 'Please enter your card details again.'),
        idempotencyKey: z
          .string({ error: 'Please refresh the page and try again.' })
          .regex(/^[A-Za-z0-9_-]{16,64}$/, 'Please refresh the page and try again.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.deps.clock();
      try {
        return await makeCardPayment(
          {
            db: ctx.deps.db,
            gateway: ctx.deps.paymentGateway,
            logger: ctx.deps.logger,
            today: businessDate(now, ctx.deps.config.market),
            now,
          },
          {
            customerId: ctx.customerId,
            agreementId: input.agreementId,
            ...(input.amount === undefined ? {} : { amount: input.amount }),
            paymentToken: input.paymentToken,
            idempotencyKey: input.idempotencyKey,
            returnUrl: (paymentId) => `${ctx.deps.config.publicWebUrl}/payments/${paymentId}`,
          },
        );
      } catch (error) {
        if (error instanceof CardPaymentRefused) throw refusal(error);
        throw error;
      }
    }),

  list: customerProcedure
    .input(
      z.object({
        agreementId: agreementId.nullish(),
        cursor: z
          .string({ error: 'This list has changed; please start again from the first page.' })
          .max(512, 'This list has changed; please start again from the first page.')
          .nullish(),
        limit: z
          .number({ error: 'Choose how many payments to show.' })
          .int('Choose how many payments to show.')
          .min(1, 'Show at least one payment.')
          .max(100, 'Show at most 100 payments at a time.')
          .default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      try {
        return await paymentsPage(ctx.deps.db, ctx.customerId, {
          agreementId: input.agreementId ?? null,
          cursor: input.cursor ?? null,
          limit: input.limit,
        });
      } catch (error) {
        if (error instanceof InvalidPaymentCursorError) {
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: 'This list has changed; please start again from the first page.',
            cause: error,
          });
        }
        throw error;
      }
    }),

  get: customerProcedure
    .input(z.object({ paymentId: z.uuid({ error: 'We could not find that payment.' }) }))
    .query(async ({ ctx, input }) => {
      const payment = await customerPayment(ctx.deps.db, ctx.customerId, input.paymentId);
      if (payment === undefined) throw notFound('payment');
      return payment;
    }),

  bankTransferDetails: customerProcedure
    .input(z.object({ agreementId }))
    .query(async ({ ctx, input }) => {
      const row = await findCustomerAgreement(ctx.deps.db, ctx.customerId, input.agreementId);
      if (row === undefined) throw notFound('agreement');
      return bankTransferDetails(ctx.deps.config.lenderBankAccount, row);
    }),
});
