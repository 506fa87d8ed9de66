import { mailboxMessageInput, pageInput } from '@marque/schemas';
import { listMailbox, readMailboxMessage } from '../../services/mail/mailbox-view.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

// Admins only: messages hold single-use links (password resets, staff invitations) that would
// let anyone reading them act as the recipient.
const adminProcedure = staffProcedure('admin');

/** The outbox: every e-mail the system sent, readable here when no SMTP server is configured. */
export const mailboxRouter = router({
  list: adminProcedure
    .input(pageInput.default({ limit: 50 }))
    .query(({ ctx, input }) => listMailbox(ctx, input)),

  get: adminProcedure
    .input(mailboxMessageInput)
    .query(({ ctx, input }) => readMailboxMessage(ctx, input)),
});
