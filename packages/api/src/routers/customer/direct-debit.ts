import { isCollectionDay } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { businessDate, loadCustomerAgreement } from '../../services/agreements/index.js';
import { directDebitGuarantee } from '../../services/direct-debit/direct-debit-guarantee.js';
import {
  cancelMandate,
  changeBankDetails,
  changeCollectionDay,
  setUpMandate,
} from '../../services/direct-debit/mandate-changes.js';
import { findLiveMandate } from '../../services/direct-debit/mandate-store.js';
import { mandateView, nextCollection } from '../../services/direct-debit/mandate-view.js';
import { router } from '../../trpc/init.js';
import { customerProcedure, recentAuthProcedure } from '../../trpc/procedures.js';

const agreementId = z.uuid({ error: 'Choose one of your agreements.' });
const collectionDay = z
  .number({ error: 'Choose a collection day from 1 to 28.' })
  .refine(isCollectionDay, 'Choose a collection day from 1 to 28.');
const bankDetails = {
  accountHolderName: z
    .string({ error: 'Enter the name on the bank account.' })
    .trim()
    .min(2, 'Enter the name on the bank account.')
    .max(70, 'Enter at most 70 characters.'),
  accountNumber: z
    .string({ error: 'Enter the account number.' })
    .trim()
    .regex(/^\d{4,17}$/, 'Enter the account number using digits only.'),
  sortCode: z.string().trim().max(12, 'Enter the sort code as 6 digits.').optional(),
  routingNumber: z.string().trim().max(12, 'Enter the 9-digit routing number.').optional(),
  guaranteeAccepted: z.literal(true, {
    error: 'Please confirm you have read the Direct Debit Guarantee.',
  }),
};

/** Direct Debit (UK) or ACH autopay (US) for the signed-in customer's agreements. */
export const directDebitRouter = router({
  get: customerProcedure.input(z.object({ agreementId })).query(async ({ ctx, input }) => {
    const record = await loadCustomerAgreement(ctx.deps.db, ctx.customerId, input.agreementId);
    if (record === undefined) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that agreement.' });
    }
    const mandate = await findLiveMandate(ctx.deps.db, input.agreementId);
    if (mandate === undefined) return { mandate: null, nextCollection: null };
    const today = businessDate(ctx.deps.clock(), ctx.deps.config.market);
    return {
      mandate: mandateView(mandate),
      nextCollection: await nextCollection(ctx.deps.db, mandate, record.schedule, today, {
        market: ctx.deps.config.market,
        advanceNoticeWorkingDays: 10,
      }),
    };
  }),

  guarantee: customerProcedure.query(({ ctx }) => ({
    paragraphs: directDebitGuarantee(ctx.deps.config.brandName),
  })),

  setUp: recentAuthProcedure
    .input(z.object({ agreementId, collectionDay, ...bankDetails }))
    .mutation(({ ctx, input }) => setUpMandate(ctx, input)),

  changeDay: recentAuthProcedure
    .input(z.object({ agreementId, collectionDay }))
    .mutation(({ ctx, input }) => changeCollectionDay(ctx, input)),

  changeBank: recentAuthProcedure
    .input(z.object({ agreementId, ...bankDetails }))
    .mutation(({ ctx, input }) => changeBankDetails(ctx, input)),

  cancel: recentAuthProcedure
    .input(z.object({ agreementId }))
    .mutation(({ ctx, input }) => cancelMandate(ctx, input)),
});
