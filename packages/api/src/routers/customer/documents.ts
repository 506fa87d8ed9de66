import { documentsListInput, paperlessInput } from '@marque/schemas';
import { auditRequest } from '../../services/audit/index.js';
import {
  isPaperless,
  listCustomerDocuments,
  setPaperless,
} from '../../services/documents/index.js';
import { router } from '../../trpc/init.js';
import { customerProcedure } from '../../trpc/procedures.js';

/** The signed-in customer's statements and letters, and the paperless choice. */
export const documentsRouter = router({
  list: customerProcedure.input(documentsListInput).query(async ({ ctx, input }) => {
    const [documents, paperless] = await Promise.all([
      listCustomerDocuments(ctx.deps.db, ctx.customerId, { agreementId: input?.agreementId }),
      isPaperless(ctx.deps.db, ctx.customerId),
    ]);
    return { paperless, documents };
  }),

  setPaperless: customerProcedure.input(paperlessInput).mutation(async ({ ctx, input }) => {
    await setPaperless(ctx.deps.db, ctx.deps.clock(), ctx.customerId, input.paperless);
    await auditRequest(ctx, {
      event: 'documents.paperless_changed',
      actorType: 'customer',
      actorId: ctx.accountId,
      customerId: ctx.customerId,
      accountId: ctx.accountId,
      details: { paperless: input.paperless },
    });
    return { paperless: input.paperless };
  }),
});
