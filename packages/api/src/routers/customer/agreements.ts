import { endOfTermOptions, FinanceError, type IsoDate } from '@marque/domain';
import {
  agreementInput,
  endOfTermOptionsInput,
  settlementQuoteInput,
  transactionsPageInput,
} from '@marque/schemas';
import { TRPCError } from '@trpc/server';
import {
  businessDate,
  describeAgreement,
  findCustomerAgreement,
  InvalidCursorError,
  loadCustomerAgreement,
  loadCustomerAgreements,
  scheduleLines,
  settlementFor,
  summariseAgreement,
  transactionsPage,
  type AgreementRecord,
  type SettlementAnswer,
} from '../../services/agreements/index.js';
import { issueSettlementQuoteLetter } from '../../services/documents/index.js';
import type { Context } from '../../trpc/context.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** Thrown for an unknown agreement and for another customer's alike, so the answer reveals nothing. */
function agreementNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that agreement.' });
}

/** The lender's date today: the injected clock read in the market's time zone. */
function todayOf(ctx: Context): IsoDate {
  return businessDate(ctx.deps.clock(), ctx.deps.config.market);
}

async function ownAgreement(
  ctx: Context,
  customerId: string,
  id: string,
): Promise<AgreementRecord> {
  const record = await loadCustomerAgreement(ctx.deps.db, customerId, id);
  if (record === undefined) throw agreementNotFound();
  return record;
}

/** The signed-in customer's agreements: every procedure is scoped to `ctx.customerId`. */
export const agreementsRouter = router({
  list: customerProcedure.query(async ({ ctx }) => {
    const today = todayOf(ctx);
    const records = await loadCustomerAgreements(ctx.deps.db, ctx.customerId);
    return records.map((record) => summariseAgreement(record, today));
  }),

  get: customerProcedure.input(agreementInput).query(async ({ ctx, input }) => {
    const record = await ownAgreement(ctx, ctx.customerId, input.agreementId);
    return describeAgreement(record, todayOf(ctx));
  }),

  schedule: customerProcedure.input(agreementInput).query(async ({ ctx, input }) => {
    const record = await ownAgreement(ctx, ctx.customerId, input.agreementId);
    return {
      currency: record.agreement.currency,
      installments: scheduleLines(record.schedule, record.ledger, todayOf(ctx)),
    };
  }),

  transactions: customerProcedure.input(transactionsPageInput).query(async ({ ctx, input }) => {
    const row = await findCustomerAgreement(ctx.deps.db, ctx.customerId, input.agreementId);
    if (row === undefined) throw agreementNotFound();
    try {
      const page = await transactionsPage(ctx.deps.db, row.id, {
        cursor: input.cursor ?? null,
        limit: input.limit,
      });
      return { currency: row.currency, ...page };
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'This list has changed; please start again from the first page.',
          cause: error,
        });
      }
      throw error;
    }
  }),

  settlementQuote: customerProcedure.input(settlementQuoteInput).query(async ({ ctx, input }) => {
    const record = await ownAgreement(ctx, ctx.customerId, input.agreementId);
    let answer: SettlementAnswer;
    try {
      answer = settlementFor(record, todayOf(ctx), input.deferByOneMonth);
    } catch (error) {
      if (error instanceof FinanceError && error.code === 'deferral_not_allowed') {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'The settlement date can be deferred only on agreements longer than a year.',
          cause: error,
        });
      }
      throw error;
    }
    // The regulations want the quotation in writing: a letter on the Documents page (or by post).
    if (answer.available) await issueSettlementQuoteLetter(ctx.deps, record, answer);
    return answer;
  }),

  endOfTermOptions: customerProcedure.input(endOfTermOptionsInput).query(async ({ ctx, input }) => {
    const record = await ownAgreement(ctx, ctx.customerId, input.agreementId);
    return endOfTermOptions(record.agreement, {
      asOf: todayOf(ctx),
      estimatedMileage: input.estimatedMileage,
    });
  }),
});
