import { router } from '../../trpc/init.js';
import { activityRouter } from './activity.js';
import { agreementsRouter } from './agreements.js';
import { authRouter } from './auth.js';
import { directDebitRouter } from './direct-debit.js';
import { mfaRouter } from './mfa.js';
import { paymentsRouter } from './payments.js';
import { profileRouter } from './profile.js';
import { sessionsRouter } from './sessions.js';

/** Everything the customer web app calls. */
export const customerRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  sessions: sessionsRouter,
  profile: profileRouter,
  activity: activityRouter,
  agreements: agreementsRouter,
  directDebit: directDebitRouter,
  payments: paymentsRouter,
});
