import { router } from '../../trpc/init.js';

/** Everything the customer web app calls. */
export const customerRouter = router({});
