import { listColleagues } from '../../services/staff/colleagues.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

/** Who work can be given to: every member of staff who can sign in, by name. */
export const colleaguesRouter = router({
  list: staffProcedure('agent').query(({ ctx }) => listColleagues(ctx.deps.db)),
});
