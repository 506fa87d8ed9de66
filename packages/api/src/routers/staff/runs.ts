import { runInput, runListInput, startRunInput } from '@marque/schemas';
import { getRun, listRuns, startRun } from '../../services/runs/console-runs.js';
import { exportPrintBatch, printQueueStatus } from '../../services/runs/print-queue-export.js';
import { router } from '../../trpc/init.js';
import { staffProcedure } from '../../trpc/procedures.js';

// Supervisors and admins: a run writes to, mails or collects from every customer.
const supervisorProcedure = staffProcedure('supervisor');

/** The collection, statement and reminders runs started and watched from the console; the print queue. */
export const runsRouter = router({
  start: supervisorProcedure
    .input(startRunInput)
    .mutation(({ ctx, input }) => startRun(ctx, input)),

  list: supervisorProcedure.input(runListInput).query(({ ctx, input }) => listRuns(ctx, input)),

  get: supervisorProcedure.input(runInput).query(({ ctx, input }) => getRun(ctx, input)),

  printQueue: supervisorProcedure.query(({ ctx }) => printQueueStatus(ctx)),

  exportPrintQueue: supervisorProcedure.mutation(({ ctx }) => exportPrintBatch(ctx)),
});
