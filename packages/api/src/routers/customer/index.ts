import { router } from '../../trpc/init.js';
import { activityRouter } from './activity.js';
import { agreementsRouter } from './agreements.js';
import { authRouter } from './auth.js';
import { chatRouter } from './chat.js';
import { directDebitRouter } from './direct-debit.js';
import { documentsRouter } from './documents.js';
import { messagesRouter } from './messages.js';
import { mfaRouter } from './mfa.js';
import { passkeysRouter } from './passkeys.js';
import { notificationsRouter } from './notifications.js';
import { paymentsRouter } from './payments.js';
import { profileRouter } from './profile.js';
import { sessionsRouter } from './sessions.js';
import { transactionCasesRouter } from './transaction-cases.js';

/** Everything the customer web app calls. */
export const customerRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  passkeys: passkeysRouter,
  sessions: sessionsRouter,
  profile: profileRouter,
  activity: activityRouter,
  agreements: agreementsRouter,
  directDebit: directDebitRouter,
  payments: paymentsRouter,
  documents: documentsRouter,
  messages: messagesRouter,
  notifications: notificationsRouter,
  transactionCases: transactionCasesRouter,
  chat: chatRouter,
});
